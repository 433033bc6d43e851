package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UnitNode;

/** Creates a political body, or renames or deactivates one. On a failure the dialog stays open with what was typed. */
class BodyDialog extends Dialog {

    final TextField name = Fields.textField("org.body", TextLimits.NAME);
    final TextField shortName = Fields.textField("org.shortName", TextLimits.CODE);
    final Select<BodyType> type = new Select<>();
    final Select<UnitNode> municipality = new Select<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();

    BodyDialog(OrganisationService service, List<UnitNode> municipalities, PoliticalBody existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "org.bodyAdmin.new" : "org.bodyAdmin.edit"));
        name.setId("body-name");
        name.setRequiredIndicatorVisible(true);
        shortName.setId("body-short-name");
        type.setLabel(getTranslation("org.type"));
        type.setItems(BodyType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("org.bodyType." + t));
        type.setId("body-type");
        municipality.setLabel(getTranslation("org.import.municipality"));
        municipality.setItems(municipalities);
        municipality.setItemLabelGenerator(u -> u == null ? "" : u.name());
        municipality.setId("body-municipality");
        active.setLabel(getTranslation("org.bodyAdmin.active"));
        active.setId("body-active");
        if (existing == null) {
            type.setValue(BodyType.COUNCIL);
            if (municipalities.size() == 1) {
                municipality.setValue(municipalities.getFirst());
            }
            active.setVisible(false);
        } else {
            name.setValue(existing.getName());
            shortName.setValue(existing.getShortName() == null ? "" : existing.getShortName());
            type.setValue(existing.getType());
            type.setReadOnly(true);
            municipality.setVisible(false);
            active.setValue(existing.isActive());
            active.setHelperText(getTranslation("org.bodyAdmin.activeHelp"));
        }
        add(new FormLayout(name, shortName, type, municipality, active));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("body-save");
        save.addClickListener(e -> {
            try {
                if (existing == null) {
                    service.createBody(municipality.getValue() == null ? null : municipality.getValue().id(),
                            name.getValue(), shortName.getValue(), type.getValue());
                } else {
                    service.updateBody(existing.getId(), existing.getVersion(), name.getValue(), shortName.getValue(),
                            active.getValue());
                }
                Notices.success("org.bodyAdmin.saved", name.getValue().strip());
                close();
                onSaved.run();
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
