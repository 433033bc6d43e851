package no.kommune.portal.supervisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.base.ui.GridPaging;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.supervisions.SupervisionFilter;
import no.kommune.portal.supervisions.SupervisionLinks;
import no.kommune.portal.supervisions.SupervisionReport;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;

/**
 * The register of supervisions and audits ("Tjenesteområder under tilsyn"): filtered by year, sector,
 * authority, status and free text, lazily loaded, and exported as PDF or Excel in the seeds' columns. Leaders
 * see only their own units' rows (the service decides); quality and management register new ones.
 */
@Route(SupervisionLinks.LIST)
@RolesAllowed({Roles.MANAGEMENT, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
@Menu(order = 40, icon = "vaadin:search", title = "supervisions.nav.register")
public class SupervisionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SupervisionService service;
    final Grid<SupervisionRow> grid = new Grid<>(SupervisionRow.class, false);
    final Select<Integer> year = new Select<>();
    final ComboBox<String> sector = new ComboBox<>();
    final ComboBox<String> authority = new ComboBox<>();
    final Select<SupervisionStatus> status = new Select<>();
    final TextField text = new TextField();
    Button create;
    final GeneratedDownload pdf;
    final GeneratedDownload xlsx;

    public SupervisionListView(SupervisionService service, SupervisionReport report, OrganisationService organisation,
            BackgroundWork background, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();

        year.setLabel(getTranslation("supervisions.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("supervisions.allYears"));
        sector.setLabel(getTranslation("supervisions.sector"));
        sector.setClearButtonVisible(true);
        authority.setLabel(getTranslation("supervisions.authority"));
        authority.setClearButtonVisible(true);
        status.setLabel(getTranslation("supervisions.status"));
        status.setItems(SupervisionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("supervisions.allStatuses") : getTranslation(s.key()));
        status.setEmptySelectionAllowed(true);
        text.setLabel(getTranslation("supervisions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        year.addValueChangeListener(e -> refreshUnlessResetting());
        sector.addValueChangeListener(e -> refreshUnlessResetting());
        authority.addValueChangeListener(e -> refreshUnlessResetting());
        status.addValueChangeListener(e -> refreshUnlessResetting());
        text.addValueChangeListener(e -> refreshUnlessResetting());
        HorizontalLayout filters = new HorizontalLayout(year, sector, authority, status, text);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        if (auth.hasAnyRole(Roles.MANAGEMENT, Roles.QUALITY)) {
            create = new Button(getTranslation("supervisions.new"),
                    e -> new SupervisionFormDialog(service, organisation, null, saved -> {
                        refresh();
                        UI.getCurrent().navigate(SupervisionDetailView.class, saved.id());
                    }).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("supervision-new");
            actions.add(create);
        }
        pdf = GeneratedDownload.report(background, getTranslation("supervisions.exportPdf"), ExportFormat.PDF,
                () -> "tilsyn", exportOf(report));
        xlsx = GeneratedDownload.report(background, getTranslation("supervisions.exportXlsx"), ExportFormat.XLSX,
                () -> "tilsyn", exportOf(report));
        actions.add(pdf, xlsx);

        grid.addColumn(SupervisionRow::sector).setHeader(getTranslation("supervisions.sector"))
                .setSortProperty("sector").setFlexGrow(1);
        grid.addColumn(SupervisionRow::subject).setHeader(getTranslation("supervisions.subject"))
                .setSortProperty("subject").setFlexGrow(2);
        grid.addColumn(r -> r.authority() == null ? "" : r.authority())
                .setHeader(getTranslation("supervisions.authority")).setSortProperty("authority").setFlexGrow(1);
        grid.addColumn(r -> shorten(r.findings())).setHeader(getTranslation("supervisions.findings")).setFlexGrow(3);
        grid.addColumn(SupervisionRow::deadlineDisplay).setHeader(getTranslation("supervisions.deadline"))
                .setSortProperty("deadline").setAutoWidth(true);
        grid.addColumn(r -> shorten(r.measures())).setHeader(getTranslation("supervisions.measures")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.status().key())).setHeader(getTranslation("supervisions.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(SupervisionRow::year).setHeader(getTranslation("supervisions.year")).setSortProperty("year")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SupervisionDetailView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("supervision-grid");

        add(filters, actions, grid);
    }

    private java.util.function.Supplier<ReportDocument> exportOf(SupervisionReport report) {
        // the filter as last applied on the UI thread; the report re-checks role and unit scope
        return () -> report.build(currentFilter);
    }

    private volatile SupervisionFilter currentFilter = SupervisionFilter.all();

    /** True while {@link #beforeEnter} resets the filters, so their listeners do not each reload the list. */
    private boolean resetting;

    /**
     * Every visit starts with no filter and fresh choices and rows: the router reuses this view when the menu link
     * is clicked again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resetting = true;
        try {
            year.setItems(service.years());
            sector.setItems(service.sectors());
            authority.setItems(service.authorities());
            year.clear();
            sector.clear();
            authority.clear();
            status.clear();
            text.clear();
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

    SupervisionFilter filter() {
        return new SupervisionFilter(year.getValue(), sector.getValue(), authority.getValue(), status.getValue(), null,
                text.getValue());
    }

    void refresh() {
        SupervisionFilter filter = filter();
        currentFilter = filter;
        grid.setItems(query -> service.page(filter, GridPaging.slice(query)).stream(),
                query -> (int) service.count(filter));
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervisions.nav.register");
    }
}
