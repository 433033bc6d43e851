package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;

/**
 * Moves a unit, with everything below it, under another active unit of a higher level in the same municipality.
 * The picker leaves out the unit itself and the units below it (a move there would make a loop); the service
 * refuses them anyway.
 */
class MoveUnitDialog extends ChartDialog {

    final ComboBox<ChartUnit> newParent = new ComboBox<>();
    private final OrgChartService service;
    private final ChartUnit unit;

    MoveUnitDialog(OrgChartService service, ChartUnit unit, List<ChartUnit> candidates, Set<Long> subtree,
            Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.move.title", unit.name()), Notices.translate("org.chart.move.save"),
                unit.id(), afterClose);
        this.service = service;
        this.unit = unit;
        newParent.setLabel(getTranslation("org.chart.field.newParent"));
        newParent.setItems(candidates.stream()
                .filter(c -> c.active() && !subtree.contains(c.id()) && !Objects.equals(c.id(), unit.parentId())
                        && c.type().ordinal() < unit.type().ordinal())
                .toList());
        newParent.setItemLabelGenerator(u -> u.displayName() + " (" + getTranslation("org.type." + u.type()) + ")");
        newParent.setRequired(true);
        newParent.setWidthFull();
        newParent.setId("org-move-parent");
        add(new Paragraph(getTranslation("org.chart.move.help")), newParent, error);
    }

    @Override
    Long apply() {
        service.move(unit.id(), unit.version(), newParent.getValue() == null ? null : newParent.getValue().id());
        return unit.id();
    }

    @Override
    String successKey() {
        return "org.chart.move.done";
    }
}
