package no.kommune.portal.decisions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a mandate's state from its follow-up text when the row has no status (Elverum's tables have a comment
 * column and no status column: "Gjennomført. Nettsider oppdatert ...", "Prosessen ... pågår"). The one rule,
 * written down in docs/decisions/023-status-from-text.md:
 * <ol>
 *   <li>a done word with "ikke" in front ("Ikke gjennomført") → {@link MandateState#OPEN};</li>
 *   <li>a done word ("gjennomført", "ferdig", "fullført", "iverksatt", "avsluttet", "fulgt opp") → DONE;</li>
 *   <li>"forsinket" → DELAYED;</li>
 *   <li>a word of work going on ("pågår", "i gang", "under arbeid", "i prosess", "under utredning", "utredes",
 *       "følges opp", "fortløpende", ...) → ON_TRACK;</li>
 *   <li>nothing of this → OPEN, and no phrase (the importer's usual first status).</li>
 * </ol>
 * The first rule that matches wins. Words are whole words ("ferdigstilles" is not "ferdig"), and a done word
 * after "blir", "bli", "skal" or "vil" speaks of the future ("blir gjennomført i 2026") and counts for nothing.
 */
public final class StatusFromText {

    /** The state read and the words that decided it ({@code null} when the text says nothing the rule knows). */
    public record Reading(MandateState state, String phrase) {

        public boolean found() {
            return phrase != null;
        }
    }

    private static final List<String> DONE = List.of("vedtatt gjennomført", "gjennomført", "ferdig", "fullført",
            "iverksatt", "avsluttet", "fulgt opp");
    private static final List<String> DELAYED = List.of("forsinket");
    private static final List<String> ON_TRACK = List.of("pågår", "pågående", "i gang", "under arbeid", "i arbeid",
            "i prosess", "under utredning", "utredes", "følges opp", "følger opp", "fortløpende");

    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern NEGATION = Pattern.compile(NOT_IN_WORD_BEFORE + "(?:ikke|ikke blitt)\\s+$");
    private static final Pattern FUTURE = Pattern.compile(NOT_IN_WORD_BEFORE + "(?:blir|bli|skal|vil)\\s+$");

    private StatusFromText() {
    }

    public static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Reading(MandateState.OPEN, null);
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String notDone = first(t, DONE, Use.NEGATED);
        if (notDone != null) {
            return new Reading(MandateState.OPEN, notDone);
        }
        String done = first(t, DONE, Use.PLAIN);
        if (done != null) {
            return new Reading(MandateState.DONE, done);
        }
        String delayed = first(t, DELAYED, Use.PLAIN);
        if (delayed != null) {
            return new Reading(MandateState.DELAYED, delayed);
        }
        String going = first(t, ON_TRACK, Use.PLAIN);
        if (going != null) {
            return new Reading(MandateState.ON_TRACK, going);
        }
        return new Reading(MandateState.OPEN, null);
    }

    private enum Use { PLAIN, NEGATED }

    /** The first of the phrases found in the text as used (with "ikke" in front, or plainly and not future). */
    private static String first(String text, List<String> phrases, Use use) {
        for (String phrase : phrases) {
            Matcher m = Pattern.compile(NOT_IN_WORD_BEFORE + Pattern.quote(phrase) + NOT_IN_WORD_AFTER).matcher(text);
            while (m.find()) {
                String before = text.substring(Math.max(0, m.start() - 20), m.start());
                boolean negated = NEGATION.matcher(before).find();
                boolean future = FUTURE.matcher(before).find();
                if (use == Use.NEGATED && negated) {
                    return "ikke " + phrase;
                }
                if (use == Use.PLAIN && !negated && !future) {
                    return phrase;
                }
            }
        }
        return null;
    }
}
