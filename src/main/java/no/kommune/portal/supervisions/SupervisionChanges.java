package no.kommune.portal.supervisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;

/**
 * What an edit of a supervision changed, as one history text: "Frist lukking: 16.06.2025 → 01.09.2025; Tema: a → b".
 * The text is stored with the bokmål field labels (the history and the printed report read it as it is); a screen
 * in another language swaps the labels for its own with {@link #localize}. The values are data and stay as typed.
 */
public final class SupervisionChanges {

    /** Tracked field: its bokmål label as stored, and the i18n key of its label on screen. In form order. */
    private static final Map<String, String> LABEL_KEYS = new LinkedHashMap<>();

    static {
        LABEL_KEYS.put("År", "supervisions.field.year");
        LABEL_KEYS.put("Sektor", "supervisions.field.sector");
        LABEL_KEYS.put("Enhet", "supervisions.field.unit");
        LABEL_KEYS.put("Tilsynsmyndighet", "supervisions.field.authority");
        LABEL_KEYS.put("Type tilsyn", "supervisions.field.type");
        LABEL_KEYS.put("Tema", "supervisions.field.subject");
        LABEL_KEYS.put("Avvik/pålegg", "supervisions.field.findings");
        LABEL_KEYS.put("Frist lukking", "supervisions.field.deadline");
        LABEL_KEYS.put("Statustekst", "supervisions.field.statusText");
        LABEL_KEYS.put("Åpnet", "supervisions.field.openedOn");
        LABEL_KEYS.put("Datoer", "supervisions.field.dates");
        LABEL_KEYS.put("Saksnummer", "supervisions.field.relatedCase");
        LABEL_KEYS.put("Merknader", "supervisions.field.notes");
    }

    /** A stored label at the start of the text or after "; ", followed by ": ". */
    private static final Pattern LABEL = Pattern.compile("(^|; )("
            + LABEL_KEYS.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + "): ");

    private SupervisionChanges() {
    }

    /** The tracked fields of a supervision by their stored label, in form order. */
    static Map<String, String> trackedFields(Supervision s) {
        List<String> values = List.of(String.valueOf(s.getYear()), nullToEmpty(s.getSector()),
                s.getUnit() == null ? "" : s.getUnit().getName(), nullToEmpty(s.getAuthority()),
                nullToEmpty(s.getSupervisionType()), nullToEmpty(s.getSubject()), nullToEmpty(s.getFindings()),
                nullToEmpty(s.getDeadlineText()), nullToEmpty(s.getStatusText()),
                s.getOpenedOn() == null ? "" : Formats.date(s.getOpenedOn()), nullToEmpty(s.getDatesText()),
                nullToEmpty(s.getRelatedCase()), nullToEmpty(s.getNotes()));
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        for (String label : LABEL_KEYS.keySet()) {
            fields.put(label, values.get(i++));
        }
        return fields;
    }

    /** "Frist lukking: 16.06.2025 → 01.09.2025; Tema: a → b", or null when nothing tracked changed. */
    static String describe(Map<String, String> before, Map<String, String> after) {
        List<String> parts = new ArrayList<>();
        before.forEach((field, old) -> {
            String now = after.get(field);
            if (!Objects.equals(blankToNull(old), blankToNull(now))) {
                parts.add(field + ": " + dashIfBlank(old) + " → " + dashIfBlank(now));
            }
        });
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The stored change text with each field label in the screen's language ({@code translate} takes a key). */
    public static String localize(String stored, Function<String, String> translate) {
        if (stored == null) {
            return "";
        }
        Matcher m = LABEL.matcher(stored);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + translate.apply(LABEL_KEYS.get(m.group(2)))
                    + ": "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String dashIfBlank(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
