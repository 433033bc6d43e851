package no.kommune.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Text inputs with the length limit and translated built-in error messages set once, so every form
 * shows the same clear message for too-long or missing text (the browser limit alone is not enough:
 * values can be set server-side or pasted by scripts).
 */
public final class Fields {

    private Fields() {
    }

    public static TextField textField(String labelKey, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(t("validation.tooLong", maxLength))
                .setRequiredErrorMessage(t("validation.required")));
        return field;
    }

    public static TextArea textArea(String labelKey, int maxLength) {
        TextArea area = new TextArea(t(labelKey));
        area.setMaxLength(maxLength);
        area.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(t("validation.tooLong", maxLength))
                .setRequiredErrorMessage(t("validation.required")));
        area.setWidthFull();
        return area;
    }

    private static String t(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }
}
