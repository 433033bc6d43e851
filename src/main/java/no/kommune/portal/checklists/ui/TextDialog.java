package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.function.BiConsumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;

/**
 * A short text and an optional longer text (name + help text, question + help text, a reason). On failure it
 * stays open with what was typed and shows the message at the field.
 */
class TextDialog extends Dialog {

    final TextField main;
    final TextArea extra;
    final Button save = new Button();

    /**
     * @param extraKey label of the second (long) field, or null for none
     * @param onSave   receives (main, extra); throws UserFacingException on bad input
     */
    TextDialog(String title, String mainKey, int mainMax, String mainValue, String extraKey, String extraValue,
            BiConsumer<String, String> onSave) {
        setHeaderTitle(title);
        setWidth("640px");
        main = Fields.textField(mainKey, mainMax);
        main.setWidthFull();
        main.setRequiredIndicatorVisible(true);
        main.setValue(mainValue == null ? "" : mainValue);
        main.setId("text-dialog-main");
        add(main);
        extra = Fields.textArea(extraKey == null ? "checklists.helpText" : extraKey, TextLimits.LONG_TEXT);
        extra.setValue(extraValue == null ? "" : extraValue);
        extra.setId("text-dialog-extra");
        extra.setVisible(extraKey != null);
        add(extra);
        save.setText(getTranslation("action.save"));
        save.setId("text-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var check = Validators.text(mainMax).apply(main.getValue(), new ValueContext(main));
            if (check.isError()) {
                main.setInvalid(true);
                main.setErrorMessage(check.getErrorMessage());
                return;
            }
            var extraCheck = Validators.text(TextLimits.LONG_TEXT).apply(extra.getValue(), new ValueContext(extra));
            if (extraCheck.isError()) {
                extra.setInvalid(true);
                extra.setErrorMessage(extraCheck.getErrorMessage());
                return;
            }
            try {
                onSave.accept(main.getValue(), extra.getValue());
                close();
            } catch (UserFacingException ex) {
                main.setInvalid(true);
                main.setErrorMessage(ErrorMessages.describe(ex, Notices::translate));
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
