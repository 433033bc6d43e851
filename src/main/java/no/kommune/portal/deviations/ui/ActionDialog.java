package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UserAccount;

/** A corrective action with owner and deadline. */
class ActionDialog extends HandlingDialog {

    final TextField description = Fields.textField("deviations.field.action", TextLimits.TITLE);
    final ComboBox<UserAccount> owner = new ComboBox<>();
    final DatePicker deadline = new DatePicker();
    private final DeviationService service;
    private final Long deviationId;

    ActionDialog(DeviationService service, OrganisationService organisation, Long deviationId, Runnable onDone) {
        super("#" + deviationId, onDone);
        this.service = service;
        this.deviationId = deviationId;
        description.setWidthFull();
        owner.setLabel(getTranslation("deviations.field.owner"));
        owner.setItems(q -> organisation.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        owner.setItemLabelGenerator(UserAccount::getFullName);
        deadline.setLabel(getTranslation("deviations.field.deadline"));
        deadline.setLocale(Formats.NORWEGIAN);
        deadline.setMin(LocalDate.now(Formats.ZONE));
        add(description, owner, deadline, error);
    }

    @Override
    void apply() {
        service.addAction(deviationId, description.getValue(), owner.getValue() == null ? null : owner.getValue().getId(),
                deadline.getValue());
    }
}
