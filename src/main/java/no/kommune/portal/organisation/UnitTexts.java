package no.kommune.portal.organisation;

import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;

/**
 * The rules for a unit's name and code, one place for the dialogs and the import: required name, length limits
 * ({@link TextLimits}), no markup, and no text a spreadsheet would run as a formula. Names reach the portal's own
 * xlsx/CSV exports and the municipality's HR sheets; a name starting with =, +, -, @ is refused rather than
 * silently changed, so what the administrator typed is what every list shows.
 */
public final class UnitTexts {

    /** What is wrong with a text; null when it is fine. */
    public enum Issue { EMPTY, TOO_LONG, MARKUP, FORMULA }

    private UnitTexts() {
    }

    public static Issue checkName(String name) {
        if (name == null || name.isBlank()) {
            return Issue.EMPTY;
        }
        return check(name.strip(), TextLimits.NAME);
    }

    /** A code is optional: blank is fine. */
    public static Issue checkCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return check(code.strip(), TextLimits.CODE);
    }

    private static Issue check(String text, int max) {
        if (text.length() > max) {
            return Issue.TOO_LONG;
        }
        if (SafeText.containsMarkup(text)) {
            return Issue.MARKUP;
        }
        if (looksLikeFormula(text)) {
            return Issue.FORMULA;
        }
        return null;
    }

    /** Starts with a character Excel or LibreOffice reads as the start of a formula (CSV/formula injection). */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && !SafeText.spreadsheetCell(text).equals(text);
    }

    /** The stripped text, or null when blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
