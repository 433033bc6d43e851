package no.kommune.portal.supervisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.function.Consumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;

/** Updates measures/comment (Tiltak/kommentar) of one supervision; the leader of the unit may do it too. */
class MeasuresDialog extends Dialog {

    final TextArea measures = Fields.textArea("supervisions.measures", TextLimits.LONG_TEXT);
    final TextArea comment = Fields.textArea("supervisions.comment", TextLimits.LONG_TEXT);
    final Button save = new Button();

    MeasuresDialog(SupervisionService service, SupervisionRow row, Consumer<SupervisionRow> onSaved) {
        setHeaderTitle(row.subject());
        setWidth("640px");
        measures.setValue(row.measures() == null ? "" : row.measures());
        add(measures, comment);
        save.setText(getTranslation("action.save"));
        save.setId("measures-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            boolean ok = true;
            for (TextArea a : new TextArea[] {measures, comment}) {
                var check = Validators.text(TextLimits.LONG_TEXT).apply(a.getValue(), new ValueContext(a));
                a.setInvalid(check.isError());
                a.setErrorMessage(check.isError() ? check.getErrorMessage() : null);
                ok &= !check.isError();
            }
            if (measures.getValue() == null || measures.getValue().isBlank()) {
                measures.setInvalid(true);
                measures.setErrorMessage(getTranslation("validation.required"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                SupervisionRow saved = service.updateMeasures(row.id(), row.version(), measures.getValue(),
                        comment.getValue());
                Notices.success("supervisions.saved");
                close();
                onSaved.accept(saved);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
