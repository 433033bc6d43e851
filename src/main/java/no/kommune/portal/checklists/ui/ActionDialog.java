package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UserAccount;

/** A new action (tiltak) for a Nei/Delvis answer: what, who and by when. Stays open with the input on failure. */
class ActionDialog extends Dialog {

    final TextField title = Fields.textField("checklists.action", TextLimits.TITLE);
    final ComboBox<UserAccount> owner = new ComboBox<>();
    final DatePicker deadline = new DatePicker();
    final Button save = new Button();

    ActionDialog(ChecklistService service, OrganisationService organisation, Long instanceId, QuestionAnswer q,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("checklists.addAction"));
        setWidth("640px");
        add(new Paragraph(q.itemNo() + " " + q.text()));
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        title.setId("action-title");
        owner.setLabel(getTranslation("checklists.owner"));
        owner.setItems(query -> organisation.searchPeople(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        owner.setItemLabelGenerator(UserAccount::getFullName);
        owner.setRequiredIndicatorVisible(true);
        owner.setWidthFull();
        owner.setId("action-owner");
        deadline.setLabel(getTranslation("checklists.deadline"));
        deadline.setMin(LocalDate.now());
        deadline.setRequiredIndicatorVisible(true);
        deadline.setId("action-deadline");
        add(title, owner, deadline);
        save.setText(getTranslation("action.save"));
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var check = Validators.text(TextLimits.TITLE).apply(title.getValue(), new ValueContext(title));
            if (check.isError()) {
                title.setInvalid(true);
                title.setErrorMessage(check.getErrorMessage());
                return;
            }
            try {
                service.addAction(instanceId, q.questionId(), title.getValue(),
                        owner.getValue() == null ? null : owner.getValue().getId(), deadline.getValue());
                Notices.success("checklists.actionSaved");
                close();
                onSaved.run();
            } catch (UserFacingException ex) {
                String message = ErrorMessages.describe(ex, Notices::translate);
                switch (ex.getMessageKey()) {
                    case "checklists.error.ownerRequired" -> {
                        owner.setInvalid(true);
                        owner.setErrorMessage(message);
                    }
                    case "checklists.error.deadlineRequired", "checklists.error.deadlinePast" -> {
                        deadline.setInvalid(true);
                        deadline.setErrorMessage(message);
                    }
                    default -> {
                        title.setInvalid(true);
                        title.setErrorMessage(message);
                    }
                }
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
