package no.kommune.portal.organisation;

import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.SafeText.Problem;
import no.kommune.portal.base.TextLimits;

/**
 * The rules for a unit's (or a body's) name and code, one place for the dialogs and the import: the portal's text
 * rules ({@link SafeText#problem}) plus one of the organisation's own: no text a spreadsheet would run as a formula.
 * Names reach the portal's own xlsx/CSV exports and the municipality's HR sheets; a name starting with =, +, -, @ is
 * refused rather than silently changed, so what the administrator typed is what every list shows.
 */
final class UnitTexts {

    private UnitTexts() {
    }

    /** What is wrong with a name; null when it is fine. */
    static Problem checkName(String name) {
        return check(name, TextLimits.NAME, true);
    }

    /** What is wrong with a code; null when it is fine. A code is optional: blank is fine. */
    static Problem checkCode(String code) {
        return check(code, TextLimits.CODE, false);
    }

    /** The name, stripped; refused naming the field ({@code fieldKey}) when {@link #checkName} finds a problem. */
    static String name(String name, String fieldKey) {
        Problem problem = checkName(name);
        if (problem != null) {
            throw problem.refusal(fieldKey, TextLimits.NAME);
        }
        return name.strip();
    }

    /** The code, stripped, or null when blank; refused as {@link #name}. */
    static String code(String code, String fieldKey) {
        Problem problem = checkCode(code);
        if (problem != null) {
            throw problem.refusal(fieldKey, TextLimits.CODE);
        }
        return clean(code);
    }

    static Problem check(String text, int max, boolean required) {
        Problem problem = SafeText.problem(text, max, required);
        if (problem == null && text != null && SafeText.looksLikeFormula(text.strip())) {
            return Problem.FORMULA;
        }
        return problem;
    }

    /** The stripped text, or null when blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
