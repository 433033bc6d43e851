package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Notices;

/**
 * Base of the organisation chart dialogs: a heading, the fields, an error line and Lagre / Avbryt. The service
 * decides; on a refusal the dialog stays open with the message and everything typed. However it closes, the view
 * gets the unit to put focus back on (the changed or new unit, or the one the dialog was opened for).
 */
abstract class ChartDialog extends Dialog {

    final Button save = new Button();
    final Button cancel = new Button();
    final Div error = new Div();
    /** The unit the view focuses when the dialog has closed. */
    Long focusAfter;

    ChartDialog(String title, String saveText, Long focusAfter, Consumer<Long> afterClose) {
        this.focusAfter = focusAfter;
        setHeaderTitle(title);
        setWidth("min(600px, 100vw)");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("aria-live", "assertive");
        error.setId("org-dialog-error");
        save.setText(saveText);
        save.setId("org-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setText("");
            try {
                Long changed = apply();
                if (changed != null) {
                    this.focusAfter = changed;
                }
                close();
                Notices.success(successKey());
            } catch (RuntimeException ex) {
                error.setText(ErrorMessages.describe(ex, this::getTranslation));
            }
        });
        cancel.setText(getTranslation("org.chart.cancel"));
        cancel.setId("org-dialog-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterClose.accept(this.focusAfter);
            }
        });
    }

    /** Calls the service; returns the unit to focus afterwards (null: the one the dialog was opened for). */
    abstract Long apply();

    abstract String successKey();
}
