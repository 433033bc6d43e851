package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;
import no.kommune.portal.organisation.OrgUnitType;

/**
 * A new unit under a chosen active unit (preselected: the selected row), of a level below it. With no parent it is
 * a municipality: the first unit of a new installation.
 */
class NewUnitDialog extends ChartDialog {

    final ComboBox<ChartUnit> parent = new ComboBox<>();
    final Select<OrgUnitType> type = new Select<>();
    final TextField name = Fields.textField("org.chart.field.name", TextLimits.NAME);
    final TextField code = Fields.textField("org.chart.field.code", TextLimits.CODE);
    private final OrgChartService service;

    NewUnitDialog(OrgChartService service, List<ChartUnit> activeUnits, ChartUnit selected, Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.new.title"), Notices.translate("org.chart.new.save"),
                selected == null ? null : selected.id(), afterClose);
        this.service = service;
        parent.setLabel(getTranslation("org.chart.field.parent"));
        parent.setItems(activeUnits.stream().filter(u -> u.type() != OrgUnitType.DEPARTMENT).toList());
        parent.setItemLabelGenerator(u -> u.displayName() + " (" + getTranslation("org.type." + u.type()) + ")");
        parent.setHelperText(getTranslation("org.chart.new.parentHelp"));
        parent.setClearButtonVisible(true);
        parent.setWidthFull();
        parent.setId("org-new-parent");
        type.setLabel(getTranslation("org.type"));
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("org.type." + t));
        type.setId("org-new-type");
        name.setRequired(true);
        name.setWidthFull();
        name.setId("org-new-name");
        code.setHelperText(getTranslation("org.chart.field.codeHelp"));
        code.setId("org-new-code");
        parent.addValueChangeListener(e -> offerTypes(e.getValue()));
        if (selected != null && selected.active() && selected.type() != OrgUnitType.DEPARTMENT) {
            parent.setValue(selected);
        } else {
            offerTypes(null);
        }
        add(parent, type, name, code, error);
    }

    /** The levels that may sit under the chosen parent, the nearest first. */
    private void offerTypes(ChartUnit chosen) {
        List<OrgUnitType> allowed = Arrays.stream(OrgUnitType.values())
                .filter(t -> chosen == null ? t == OrgUnitType.MUNICIPALITY : t.ordinal() > chosen.type().ordinal())
                .toList();
        type.setItems(allowed);
        type.setValue(allowed.isEmpty() ? null : allowed.getFirst());
    }

    @Override
    Long apply() {
        return service.create(parent.getValue() == null ? null : parent.getValue().id(), type.getValue(),
                name.getValue(), code.getValue());
    }

    @Override
    String successKey() {
        return "org.chart.new.done";
    }
}
