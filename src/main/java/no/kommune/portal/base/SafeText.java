package no.kommune.portal.base;

import java.util.regex.Pattern;

/** Guards for user text on its way in (markup) and out (spreadsheet formulas). */
public final class SafeText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private SafeText() {
    }

    /** True if the text contains something that looks like an HTML/XML tag or script. */
    public static boolean containsMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /**
     * An optional long free text (a comment, a status text, a help text) as services accept it: null when blank,
     * refused when longer than {@link TextLimits#LONG_TEXT} or carrying markup, otherwise stripped.
     */
    public static String optionalLongText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TextLimits.LONG_TEXT) {
            throw new UserFacingException("validation.tooLong", TextLimits.LONG_TEXT);
        }
        if (containsMarkup(text)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return text.strip();
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
