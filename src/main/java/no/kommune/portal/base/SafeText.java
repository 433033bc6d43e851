package no.kommune.portal.base;

import java.util.regex.Pattern;

/**
 * The one set of rules for user text on its way in (required, length, markup: {@link #required}, {@link #optional},
 * {@link #problem}, also behind {@link NoMarkup} and the forms' validators) and on its way out (spreadsheet formulas).
 */
public final class SafeText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private SafeText() {
    }

    /** True if the text contains something that looks like an HTML/XML tag or script. */
    public static boolean containsMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /** What is wrong with a user's text; the one set of rules every form, service and import applies. */
    public enum Problem {
        EMPTY("validation.required"),
        TOO_LONG("validation.tooLong"),
        MARKUP("validation.noMarkup"),
        /** Only where a text is refused rather than guarded on export (unit names, import cells). */
        FORMULA("validation.formula");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        /** The message shown beside the field itself ("Required"); {0} is the limit. */
        public String key() {
            return key;
        }

        /** The message that names the field ("Title is required"); {0} is the field name, {1} the limit. */
        public String namedKey() {
            return key.replace("validation.", "validation.field.");
        }

        /** The refusal for the field: {@link #namedKey()} with the field's name and the limit. */
        public UserFacingException refusal(String fieldKey, int max) {
            return new UserFacingException(namedKey(), new FieldName(fieldKey), max);
        }
    }

    /**
     * What is wrong with the text, or null when it is fine: empty (blank) only if it is required, longer than
     * {@code max} once stripped, or carrying markup. A text that looks like a spreadsheet formula is fine here:
     * it is text, and the exports guard it ({@link #spreadsheetCell}).
     */
    public static Problem problem(String text, int max, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? Problem.EMPTY : null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            return Problem.TOO_LONG;
        }
        return containsMarkup(clean) ? Problem.MARKUP : null;
    }

    /**
     * A required text as services accept it: stripped; refused with a {@link UserFacingException} naming the field
     * ({@code fieldKey}, a translation key) when blank, longer than {@code max} or carrying markup.
     */
    public static String required(String text, int max, String fieldKey) {
        check(text, max, true, fieldKey);
        return text.strip();
    }

    /** An optional text as services accept it: null when blank, otherwise as {@link #required}. */
    public static String optional(String text, int max, String fieldKey) {
        check(text, max, false, fieldKey);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void check(String text, int max, boolean required, String fieldKey) {
        Problem problem = problem(text, max, required);
        if (problem != null) {
            throw problem.refusal(fieldKey, max);
        }
    }

    /** Starts with a character Excel or LibreOffice reads as the start of a formula (CSV/formula injection). */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && !spreadsheetCell(text).equals(text);
    }

    /**
     * Makes a cell value inert in spreadsheets: a value starting with =, +, -, @, tab or CR would be
     * read as a formula by Excel/LibreOffice (CSV/formula injection), so it is prefixed with an apostrophe.
     */
    public static String spreadsheetCell(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
