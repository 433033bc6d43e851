package no.kommune.portal.deviations;

import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.UserFacingException;

/** Free text as the deviation services accept it: stripped, within its limit, no markup. */
final class DeviationTexts {

    private DeviationTexts() {
    }

    static String required(String text, int max, String emptyKey) {
        String clean = optional(text, max);
        if (clean == null) {
            throw new UserFacingException(emptyKey);
        }
        return clean;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new UserFacingException("validation.tooLong", max);
        }
        if (SafeText.containsMarkup(clean)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return clean;
    }
}
