package no.kommune.portal.checklists;

import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;

/** Free text as the checklist services accept it: stripped, within its limit, no markup. */
final class ChecklistTexts {

    private ChecklistTexts() {
    }

    static String cleanText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TextLimits.LONG_TEXT) {
            throw new UserFacingException("validation.tooLong", TextLimits.LONG_TEXT);
        }
        if (SafeText.containsMarkup(text)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return text.strip();
    }

    static String requiredText(String text, int max, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException(requiredKey);
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new UserFacingException("validation.tooLong", max);
        }
        if (SafeText.containsMarkup(t)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return t;
    }
}
