package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;
import no.kommune.portal.organisation.OrgChartService.HistoryLine;

/** Who created, renamed, moved, closed or reopened the unit and set its leader, and when; newest first. */
class UnitHistoryDialog extends Dialog {

    final Grid<HistoryLine> grid = new Grid<>();

    UnitHistoryDialog(OrgChartService service, ChartUnit unit, Consumer<Long> afterClose) {
        setHeaderTitle(getTranslation("org.chart.history.title", unit.name()));
        setWidth("min(900px, 100vw)");
        List<HistoryLine> lines = service.history(unit.id());
        grid.addColumn(h -> Formats.dateTime(h.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(HistoryLine::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("history.type." + h.type())).setHeader(getTranslation("history.type"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.fields().entrySet().stream()
                .map(e -> getTranslation("org.chart.field." + e.getKey()) + ": " + value(e.getKey(), e.getValue().get(0))
                        + " → " + value(e.getKey(), e.getValue().get(1)))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("history.changes")).setFlexGrow(1);
        grid.setItems(lines.reversed());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("org-history");
        add(grid);
        Button close = new Button(getTranslation("org.chart.closeDialog"), e -> close());
        close.setId("org-history-close");
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterClose.accept(unit.id());
            }
        });
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        if ("active".equals(field)) {
            return getTranslation("org.chart.status." + value);
        }
        if ("type".equals(field)) {
            return getTranslation("org.type." + value);
        }
        return value;
    }
}
