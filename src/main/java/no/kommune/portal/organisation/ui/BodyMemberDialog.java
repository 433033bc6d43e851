package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.BodyMembership;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;

/** Gives a person a seat in a political body, from a date (empty: from now on). */
class BodyMemberDialog extends Dialog {

    final ComboBox<UserAccount> person = new ComboBox<>();
    final Select<BodyMembership.Seat> seat = new Select<>();
    final DatePicker from = new DatePicker();
    final Button save = new Button();

    BodyMemberDialog(OrganisationService service, PoliticalBody body, Runnable onSaved) {
        setHeaderTitle(getTranslation("org.bodyAdmin.addMemberTo", body.getName()));
        person.setLabel(getTranslation("org.member"));
        person.setItems(query -> service.searchPeople(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        person.setItemLabelGenerator(UserAccount::getFullName);
        person.setId("member-person");
        seat.setLabel(getTranslation("org.seat"));
        seat.setItems(BodyMembership.Seat.values());
        seat.setItemLabelGenerator(s -> s == null ? "" : getTranslation("org.seat." + s));
        seat.setValue(BodyMembership.Seat.MEMBER);
        seat.setId("member-seat");
        from.setLabel(getTranslation("org.from"));
        from.setLocale(no.kommune.portal.base.Formats.NORWEGIAN);
        add(new FormLayout(person, seat, from));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        save.addClickListener(e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                service.addMember(body.getId(), person.getValue().getId(), seat.getValue(), from.getValue());
                Notices.success("org.bodyAdmin.memberAdded", person.getValue().getFullName(), body.getName());
                close();
                onSaved.run();
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
