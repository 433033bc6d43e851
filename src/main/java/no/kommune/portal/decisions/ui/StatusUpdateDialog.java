package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.decisions.StatusLabel;

/** Updates status and status text of one mandate. On failure it stays open with what was typed. */
class StatusUpdateDialog extends Dialog {

    final Select<StatusLabel> status = new Select<>();
    final TextArea text = Fields.textArea("decisions.statusText", TextLimits.LONG_TEXT);
    final Button save = new Button();

    StatusUpdateDialog(FollowUpService service, MandateRow row, boolean management, Consumer<MandateRow> onSaved) {
        setHeaderTitle(row.title());
        setWidth("640px");
        List<StatusLabel> labels = service.statusLabels().stream()
                .filter(l -> management || l.getState() != MandateState.CANCELLED).toList();
        status.setLabel(getTranslation("decisions.status"));
        status.setItems(labels);
        status.setItemLabelGenerator(StatusLabel::getLabel);
        status.setValue(labels.stream().filter(l -> l.getId().equals(row.statusId())).findFirst().orElse(null));
        status.setId("status-select");
        text.setValue(row.statusText() == null ? "" : row.statusText());
        text.setId("status-text");
        text.setHelperText(getTranslation(management ? "decisions.statusHelpManagement" : "decisions.statusHelp"));
        add(new Paragraph(row.decisionTitle()), status, text);

        save.setText(getTranslation("action.save"));
        save.setId("status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var check = Validators.text(TextLimits.LONG_TEXT).apply(text.getValue(),
                    new com.vaadin.flow.data.binder.ValueContext(text));
            if (check.isError()) {
                text.setInvalid(true);
                text.setErrorMessage(check.getErrorMessage());
                return;
            }
            if (status.getValue() == null) {
                status.setInvalid(true);
                status.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                MandateRow saved = service.updateStatus(row.id(), row.version(), status.getValue().getId(), text.getValue());
                Notices.success(saved.doneProposed() ? "decisions.proposedSaved" : "decisions.statusSaved");
                close();
                onSaved.accept(saved);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
