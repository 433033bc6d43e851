package no.kommune.portal.checklists;

import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.UserFacingException;

/** Required free text as the checklist services accept it (optional text: {@link SafeText#optionalLongText}). */
final class ChecklistTexts {

    private ChecklistTexts() {
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
