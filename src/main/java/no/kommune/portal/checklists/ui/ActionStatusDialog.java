package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.checklists.ChecklistAction;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;

/** Status update of an action, like a mandate's: status and a text; closing needs a text. */
class ActionStatusDialog extends Dialog {

    final Select<ChecklistAction.State> state = new Select<>();
    final TextArea text = Fields.textArea("checklists.statusText", TextLimits.LONG_TEXT);
    final Button save = new Button();

    ActionStatusDialog(ChecklistService service, ActionRow action, Runnable onSaved) {
        setHeaderTitle(getTranslation("checklists.updateAction"));
        setWidth("640px");
        add(new Paragraph(action.itemNo() + " " + action.title()));
        state.setLabel(getTranslation("checklists.status"));
        state.setItems(ChecklistAction.State.values());
        state.setItemLabelGenerator(s -> getTranslation("checklists.actionState." + s));
        state.setValue(action.state());
        state.setId("action-state");
        text.setValue(action.statusText() == null ? "" : action.statusText());
        text.setId("action-status-text");
        add(state, text);
        save.setText(getTranslation("action.save"));
        save.setId("action-status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var check = Validators.text(TextLimits.LONG_TEXT).apply(text.getValue(), new ValueContext(text));
            if (check.isError()) {
                text.setInvalid(true);
                text.setErrorMessage(check.getErrorMessage());
                return;
            }
            try {
                service.updateAction(action.id(), state.getValue(), text.getValue());
                Notices.success("checklists.actionSaved");
                close();
                onSaved.run();
            } catch (UserFacingException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ErrorMessages.describe(ex, Notices::translate));
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
