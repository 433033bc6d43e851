package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;

/** Opens a closed unit again; the cases moved away when it closed stay where they went. */
class ReopenUnitDialog extends ChartDialog {

    private final OrgChartService service;
    private final ChartUnit unit;

    ReopenUnitDialog(OrgChartService service, ChartUnit unit, Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.reopen.title", unit.name()), Notices.translate("org.chart.reopen.save"),
                unit.id(), afterClose);
        this.service = service;
        this.unit = unit;
        add(new Paragraph(getTranslation("org.chart.reopen.intro")), error);
    }

    @Override
    Long apply() {
        service.reopen(unit.id(), unit.version());
        return unit.id();
    }

    @Override
    String successKey() {
        return "org.chart.reopen.done";
    }
}
