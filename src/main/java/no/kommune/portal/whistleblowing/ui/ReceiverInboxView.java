package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.GridPaging;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.whistleblowing.CaseRow;
import no.kommune.portal.whistleblowing.CaseStatus;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/** The receivers' inbox: every case, newest first, filtered by status and year, with the count per year. */
@Route(WhistleblowingLinks.INBOX)
@RolesAllowed(Roles.WHISTLEBLOWING_RECEIVER)
@Menu(order = 61, icon = "vaadin:inbox", title = "whistleblowing.nav.inbox")
public class ReceiverInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final WhistleblowingService service;
    final Grid<CaseRow> grid = new Grid<>();
    final Select<CaseStatus> status = new Select<>();
    final IntegerField year = new IntegerField();
    final Paragraph perYear = new Paragraph();

    public ReceiverInboxView(WhistleblowingService service) {
        this.service = service;
        setSizeFull();
        status.setLabel(getTranslation("whistleblowing.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("whistleblowing.allStatuses") : getTranslation(s.key()));
        status.setEmptySelectionAllowed(true);
        year.setLabel(getTranslation("whistleblowing.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refreshUnlessResetting());
        year.addValueChangeListener(e -> refreshUnlessResetting());
        perYear.setId("wb-per-year");

        grid.addColumn(r -> Formats.dateTime(r.receivedAt())).setHeader(getTranslation("whistleblowing.receivedAt"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::subject).setHeader(getTranslation("whistleblowing.subject")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("whistleblowing.channel." + r.channel()))
                .setHeader(getTranslation("whistleblowing.channel")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.anonymous() ? "whistleblowing.isAnonymous" : "whistleblowing.isNamed"))
                .setHeader(getTranslation("whistleblowing.reporter")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().key())).setHeader(getTranslation("whistleblowing.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CaseView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("wb-inbox");
        HorizontalLayout filters = new HorizontalLayout(status, year);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters, perYear, grid);
    }

    /** True while {@link #beforeEnter} resets the filters, so their listeners do not each reload the list. */
    private boolean resetting;

    /** Every visit starts unfiltered with fresh rows: the router reuses this view when the menu is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resetting = true;
        try {
            status.clear();
            year.clear();
        } finally {
            resetting = false;
        }
        refresh();
    }

    private void refreshUnlessResetting() {
        if (!resetting) {
            refresh();
        }
    }

    void refresh() {
        CaseStatus s = status.getValue();
        Integer y = year.getValue();
        grid.setItems(q -> service.page(s, y, GridPaging.slice(q)).stream(),
                q -> (int) service.count(s, y));
        perYear.setText(getTranslation("whistleblowing.perYear") + ": " + service.countPerYear().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · ")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistleblowing.nav.inbox");
    }
}
