package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;

/** A new name (and code) for a unit; its cases, people and history stay with it. */
class RenameUnitDialog extends ChartDialog {

    final TextField name = Fields.textField("org.chart.field.name", TextLimits.NAME);
    final TextField code = Fields.textField("org.chart.field.code", TextLimits.CODE);
    private final OrgChartService service;
    private final ChartUnit unit;

    RenameUnitDialog(OrgChartService service, ChartUnit unit, Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.rename.title", unit.name()), Notices.translate("org.chart.save"), unit.id(),
                afterClose);
        this.service = service;
        this.unit = unit;
        name.setValue(unit.name());
        name.setRequired(true);
        name.setWidthFull();
        name.setId("org-rename-name");
        code.setValue(unit.code() == null ? "" : unit.code());
        code.setHelperText(getTranslation("org.chart.field.codeHelp"));
        code.setId("org-rename-code");
        add(name, code, error);
    }

    @Override
    Long apply() {
        service.rename(unit.id(), unit.version(), name.getValue(), code.getValue());
        return unit.id();
    }

    @Override
    String successKey() {
        return "org.chart.rename.done";
    }
}
