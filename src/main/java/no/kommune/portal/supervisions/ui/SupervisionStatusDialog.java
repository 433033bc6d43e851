package no.kommune.portal.supervisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.function.Consumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;

/** Changes the status of a supervision with a comment; the change becomes a history row. */
class SupervisionStatusDialog extends Dialog {

    final Select<SupervisionStatus> status = new Select<>();
    final TextArea comment = Fields.textArea("supervisions.comment", TextLimits.LONG_TEXT);
    final Button save = new Button();

    SupervisionStatusDialog(SupervisionService service, SupervisionRow row, Consumer<SupervisionRow> onSaved) {
        setHeaderTitle(row.subject());
        setWidth("560px");
        status.setLabel(getTranslation("supervisions.status"));
        status.setItems(SupervisionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        status.setValue(row.status());
        comment.setHelperText(getTranslation("supervisions.closeHelp"));
        add(status, comment);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var check = Validators.text(TextLimits.LONG_TEXT).apply(comment.getValue(), new ValueContext(comment));
            if (check.isError()) {
                comment.setInvalid(true);
                comment.setErrorMessage(check.getErrorMessage());
                return;
            }
            try {
                SupervisionRow saved = service.changeStatus(row.id(), row.version(), status.getValue(), comment.getValue());
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
