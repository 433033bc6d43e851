package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.organisation.Roles;

/** Quality's view of who read which confidential deviation, and when. */
@Route(DeviationLinks.READ_LOG)
@RolesAllowed(Roles.QUALITY)
@Menu(order = 34, icon = "vaadin:eye", title = "deviations.menu.readLog")
public class ReadLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<DeviationViews.ReadLogLine> grid = new Grid<>();

    public ReadLogView(DeviationService service) {
        setSizeFull();
        grid.addColumn(l -> Formats.dateTime(l.when())).setHeader(getTranslation("deviations.col.when")).setAutoWidth(true);
        grid.addColumn(DeviationViews.ReadLogLine::who).setHeader(getTranslation("deviations.col.who")).setAutoWidth(true);
        grid.addColumn(l -> "#" + l.deviationId()).setHeader(getTranslation("deviations.col.deviation")).setAutoWidth(true);
        grid.addColumn(DeviationViews.ReadLogLine::categoryName).setHeader(getTranslation("deviations.col.category"));
        grid.addColumn(DeviationViews.ReadLogLine::unitName).setHeader(getTranslation("deviations.col.unit"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DeviationDetailView.class, e.getItem().deviationId()));
        grid.setItems(q -> service.readLog(null, q.getOffset(), q.getLimit()).stream());
        grid.setSizeFull();
        add(new H2(getTranslation("deviations.readLog.title")), grid);
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.readLog.title");
    }
}
