package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/** Number of whistleblowing reports per year for the annual report: numbers only, never content. */
@Route(WhistleblowingLinks.STATISTICS)
@RolesAllowed({Roles.MANAGEMENT, Roles.QUALITY, Roles.WHISTLEBLOWING_RECEIVER})
@Menu(order = 62, icon = "vaadin:bar-chart", title = "whistleblowing.nav.stats")
public class WhistleblowingStatsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Map.Entry<Integer, Long>> grid = new Grid<>();

    private final transient WhistleblowingService service;

    public WhistleblowingStatsView(WhistleblowingService service) {
        this.service = service;
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("whistleblowing.year"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("whistleblowing.count"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("whistleblowing.nav.stats")), new Paragraph(getTranslation("whistleblowing.statsIntro")),
                grid);
    }

    /** Fresh counts on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(service.countPerYear().entrySet().stream().toList().reversed());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistleblowing.nav.stats");
    }
}
