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

    /** A tracked field: its bokmål label as stored, the i18n key of its label on screen, and its value as text. */
    private record Field(String label, String key, Function<Supervision, String> value) {
    }

    /** The fields a user edits, in form order. */
    private static final List<Field> FIELDS = List.of(
            new Field("År", "supervisions.field.year", s -> String.valueOf(s.getYear())),
            new Field("Sektor", "supervisions.field.sector", Supervision::getSector),
            new Field("Enhet", "supervisions.field.unit", s -> s.getUnit() == null ? null : s.getUnit().getName()),
            new Field("Tilsynsmyndighet", "supervisions.field.authority", Supervision::getAuthority),
            new Field("Type tilsyn", "supervisions.field.type", Supervision::getSupervisionType),
            new Field("Tema", "supervisions.field.subject", Supervision::getSubject),
            new Field("Avvik/pålegg", "supervisions.field.findings", Supervision::getFindings),
            new Field("Frist lukking", "supervisions.field.deadline", Supervision::getDeadlineText),
            new Field("Statustekst", "supervisions.field.statusText", Supervision::getStatusText),
            new Field("Åpnet", "supervisions.field.openedOn",
                    s -> s.getOpenedOn() == null ? null : Formats.date(s.getOpenedOn())),
            new Field("Datoer", "supervisions.field.dates", Supervision::getDatesText),
            new Field("Saksnummer", "supervisions.field.relatedCase", Supervision::getRelatedCase),
            new Field("Merknader", "supervisions.field.notes", Supervision::getNotes));

    private static final Map<String, String> LABEL_KEYS = FIELDS.stream()
            .collect(Collectors.toMap(Field::label, Field::key));

    /** A stored label at the start of the text or after "; ", followed by ": ". */
    private static final Pattern LABEL = Pattern.compile("(^|; )("
            + FIELDS.stream().map(f -> Pattern.quote(f.label())).collect(Collectors.joining("|")) + "): ");

    private SupervisionChanges() {
    }

    /** The tracked fields of a supervision by their stored label, in form order (a missing value is ""). */
    static Map<String, String> trackedFields(Supervision s) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            fields.put(field.label(), nullToEmpty(field.value().apply(s)));
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
