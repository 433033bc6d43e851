package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import no.kommune.portal.base.ui.Notices;

/**
 * Base of the handling dialogs (status, forward, action, close, reopen): the service decides, and on a
 * refusal the dialog stays open with the message and everything typed.
 */
abstract class HandlingDialog extends Dialog {

    final Button save = new Button();
    final Div error = new Div();
    private final Runnable onDone;

    HandlingDialog(String title, Runnable onDone) {
        this.onDone = onDone;
        setHeaderTitle(title);
        setWidth("640px");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.addClassName("dialog-error");
        save.setText(getTranslation("deviations.action.save"));
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setText("");
            try {
                apply();
                close();
                Notices.success(successKey());
                onDone.run();
            } catch (RuntimeException ex) {
                error.setText(DeviationLabels.message(this, ex));
            }
        });
        getFooter().add(new Button(getTranslation("deviations.action.cancel"), e -> close()), save);
    }

    /** Calls the service; throws to keep the dialog open. */
    abstract void apply();

    String successKey() {
        return "deviations.saved";
    }
}
