package no.kommune.portal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.base.ChangeHistory;
import no.kommune.portal.base.Formats;

/** Shows the change history of one entity (who, when, what changed). */
public class HistoryGrid extends Grid<ChangeHistory.Change> {

    public HistoryGrid(List<ChangeHistory.Change> changes) {
        addColumn(c -> Formats.dateTime(c.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        addColumn(ChangeHistory.Change::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        addColumn(c -> getTranslation("history.type." + c.type().name())).setHeader(getTranslation("history.type"))
                .setAutoWidth(true);
        addColumn(c -> c.changedFields().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().get(0) + " → " + e.getValue().get(1))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("history.changes")).setFlexGrow(1);
        setItems(changes.reversed());
        setAllRowsVisible(changes.size() <= 10);
    }
}
