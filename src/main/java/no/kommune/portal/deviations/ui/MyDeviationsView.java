package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.base.Formats;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.deviations.DeviationService;

/** The deviations the signed-in user has reported, newest first, with their status. */
@Route(DeviationLinks.MINE)
@PermitAll
@Menu(order = 31, icon = "vaadin:list", title = "deviations.menu.mine")
public class MyDeviationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<DeviationRow> grid = new Grid<>();

    public MyDeviationsView(DeviationService service) {
        setSizeFull();
        grid.addColumn(DeviationRow::id).setHeader(getTranslation("deviations.col.id")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.reportedAt())).setHeader(getTranslation("deviations.col.reportedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> DeviationLabels.title(this, r)).setHeader(getTranslation("deviations.col.title"))
                .setFlexGrow(3);
        grid.addColumn(DeviationRow::categoryName).setHeader(getTranslation("deviations.col.category")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.status().key())).setHeader(getTranslation("deviations.col.status"))
                .setAutoWidth(true);
        grid.addColumn(DeviationRow::reportedToUnit).setHeader(getTranslation("deviations.col.unit")).setFlexGrow(1);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DeviationDetailView.class, e.getItem().id()));
        grid.setItems(q -> service.mine(q.getOffset(), q.getLimit()).stream());
        grid.setSizeFull();
        grid.setId("my-deviations-grid");
        add(new H2(getTranslation("deviations.mine.title")),
                new Button(getTranslation("deviations.menu.report"), e -> UI.getCurrent().navigate(ReportDeviationView.class)),
                grid);
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.mine.title");
    }
}
