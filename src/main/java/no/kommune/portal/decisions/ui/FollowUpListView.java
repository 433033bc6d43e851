package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.base.ui.GridPaging;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.FollowUpExport;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpReport;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;

/**
 * The follow-up list: every mandate of every decision, filtered by body, year, status, overdue, not updated
 * and free text, with counts per status on top. Lazy: only the visible page is loaded. Read-only for
 * politicians; the report for the kommunestyre is generated in the background.
 */
@Route(DecisionLinks.FOLLOW_UP)
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "decisions.nav.followUp")
public class FollowUpListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FollowUpService service;
    final Grid<MandateRow> grid = new Grid<>(MandateRow.class, false);
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<MandateState> state = new Select<>();
    final TextField text = new TextField();
    final Checkbox overdue = new Checkbox();
    final Checkbox notUpdated = new Checkbox();
    final Checkbox unclear = new Checkbox();
    final Checkbox earlierYears = new Checkbox();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final ComboBox<UserAccount> responsible = new ComboBox<>();
    final FlexLayout counters = new FlexLayout();
    private final transient OrganisationService organisation;
    private final java.util.List<UnitNode> units;
    /** What an export started now would contain: the list's filter and order, taken on the UI thread. */
    private transient volatile ExportRequest exportRequest;
    private final FollowUpExport.Labels exportLabels;
    final GeneratedDownload exportXlsx;
    final GeneratedDownload exportCsv;
    /** True while link parameters are applied, so the list is loaded once and not once per field. */
    private boolean applyingLink;

    record ExportRequest(FollowUpFilter filter, List<PageSlice.SortBy> sort, List<List<String>> filterUsed) {
    }

    public FollowUpListView(FollowUpService service, FollowUpReport report, FollowUpExport export,
            OrganisationService organisation, BackgroundWork background, AuthenticationContext auth) {
        this.service = service;
        this.organisation = organisation;
        setSizeFull();

        body.setPlaceholder(getTranslation("decisions.body"));
        body.setItems(organisation.activeBodies());
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setClearButtonVisible(true);
        year.setPlaceholder(getTranslation("decisions.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        state.setPlaceholder(getTranslation("decisions.status"));
        state.setItems(MandateState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("decisions.allStatuses")
                : getTranslation("decisions.state." + s));
        state.setEmptySelectionAllowed(true);
        text.setPlaceholder(getTranslation("decisions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        overdue.setLabel(getTranslation("decisions.overdueOnly"));
        notUpdated.setLabel(getTranslation("decisions.notUpdatedOnly"));
        unclear.setLabel(getTranslation("decisions.deadlineUnclearOnly"));
        unclear.setId("filter-unclear");
        earlierYears.setLabel(getTranslation("decisions.earlierYearsOnly"));
        earlierYears.setId("filter-earlier-years");
        overdue.setId("filter-delayed");
        unit.setPlaceholder(getTranslation("decisions.unit"));
        units = organisation.unitTree();
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::displayName);
        unit.setClearButtonVisible(true);
        responsible.setPlaceholder(getTranslation("decisions.responsible"));
        responsible.setItems(q -> organisation.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        responsible.setItemLabelGenerator(UserAccount::getFullName);
        responsible.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        responsible.addValueChangeListener(e -> refresh());
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        notUpdated.addValueChangeListener(e -> refresh());
        unclear.addValueChangeListener(e -> refresh());
        earlierYears.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(body, year, state, unit, responsible, text, overdue,
                notUpdated, unclear, earlierYears);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        if (auth.hasRole(Roles.MANAGEMENT)) {
            Button register = new Button(getTranslation("decisions.nav.register"),
                    e -> UI.getCurrent().navigate(RegisterDecisionView.class));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("decisions.nav.import"),
                    e -> UI.getCurrent().navigate(ImportDecisionsView.class));
            actions.add(register, importButton);
        }
        actions.add(GeneratedDownload.report(background, getTranslation("decisions.reportPdf"), ExportFormat.PDF,
                () -> "oppfolging-vedtak", () -> report.build(filterBodyId(), null)));
        exportLabels = new FollowUpExport.Labels(FollowUpExport.COLUMN_KEYS.stream().map(this::getTranslation).toList(),
                getTranslation("decisions.export.yes"), getTranslation("decisions.export.sheet"),
                getTranslation("decisions.export.filterSheet"));
        // the export takes the filter and order the list has when the button is pressed (see ExportRequest)
        exportXlsx = new GeneratedDownload(background, getTranslation("decisions.export.xlsx"), ExportFormat.XLSX,
                () -> "oppfolging-oppdrag", () -> {
                    ExportRequest r = exportRequest;
                    return export.xlsx(r.filter(), r.sort(), r.filterUsed(), exportLabels);
                });
        exportXlsx.getStartButton().setId("export-xlsx");
        exportCsv = new GeneratedDownload(background, getTranslation("decisions.export.csv"), ExportFormat.CSV,
                () -> "oppfolging-oppdrag", () -> {
                    ExportRequest r = exportRequest;
                    return export.csv(r.filter(), r.sort(), exportLabels);
                });
        exportCsv.getStartButton().setId("export-csv");
        actions.add(exportXlsx, exportCsv);
        actions.add(GeneratedDownload.report(background, getTranslation("decisions.reportDocx"), ExportFormat.DOCX,
                () -> "oppfolging-vedtak", () -> report.build(filterBodyId(), null)));

        counters.addClassName("portal-cards");
        counters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        // case number and title first: they identify the decision; the body is the same for many rows
        grid.addColumn(r -> (r.caseNumbers() == null ? "" : r.caseNumbers() + " ") + r.decisionTitle()
                + " · " + r.bodyName())
                .setHeader(getTranslation("decisions.decision")).setFlexGrow(2).setSortProperty("decision.title");
        grid.addColumn(MandateRow::numberedTitle)
                .setHeader(getTranslation("decisions.mandate")).setFlexGrow(3).setSortProperty("title");
        grid.addColumn(MandateRow::deadlineWithDueDate).setHeader(getTranslation("decisions.deadline"))
                .setSortProperty("dueDate").setAutoWidth(true);
        grid.addColumn(StatusBadge.renderer(this::getTranslation)).setHeader(getTranslation("decisions.status"))
                .setSortProperty("status.sortOrder").setAutoWidth(true);
        grid.addColumn(MandateRow::responsibleNames).setHeader(getTranslation("decisions.responsible")).setFlexGrow(1);
        grid.addColumn(MandateRow::originDisplay).setHeader(getTranslation("decisions.origin"))
                .setSortProperty("originDate").setAutoWidth(true);
        grid.addSortListener(e -> exportRequest = exportRequest());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(MandateDetailView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("follow-up-grid");

        add(filters, actions, counters, grid);
    }

    /**
     * Start pages link to this list with the filter in the address ({@link DecisionLinks}), e.g.
     * {@code oppfolging?status=DELAYED&enhet=11&forsinket}: {@code organ} (body id), {@code aar}, {@code status},
     * {@code enhet} (unit id), {@code ansvarlig} (user id), {@code forsinket}, {@code ikkeOppdatert},
     * {@code fristUklar}, {@code tidligereAar}.
     * Unknown or malformed values are ignored rather than shown as errors.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        applyingLink = true;
        try {
            params.getSingleParameter(DecisionLinks.STATE).flatMap(FollowUpListView::state).ifPresent(state::setValue);
            params.getSingleParameter(DecisionLinks.BODY).flatMap(FollowUpListView::id).flatMap(organisation::findBody)
                    .ifPresent(body::setValue);
            params.getSingleParameter(DecisionLinks.YEAR).flatMap(FollowUpListView::id).map(Long::intValue).ifPresent(year::setValue);
            params.getSingleParameter(DecisionLinks.UNIT).flatMap(FollowUpListView::id).ifPresent(id -> units.stream()
                    .filter(u -> u.id().equals(id)).findFirst().ifPresent(unit::setValue));
            params.getSingleParameter(DecisionLinks.RESPONSIBLE).flatMap(FollowUpListView::id).flatMap(organisation::findPerson)
                    .ifPresent(responsible::setValue);
            if (params.getParameters().containsKey(DecisionLinks.OVERDUE)) {
                overdue.setValue(true);
            }
            if (params.getParameters().containsKey(DecisionLinks.NOT_UPDATED)) {
                notUpdated.setValue(true);
            }
            if (params.getParameters().containsKey(DecisionLinks.DEADLINE_UNCLEAR)) {
                unclear.setValue(true);
            }
            if (params.getParameters().containsKey(DecisionLinks.EARLIER_YEARS)) {
                earlierYears.setValue(true);
            }
        } finally {
            applyingLink = false;
        }
        refresh();
    }

    private static java.util.Optional<MandateState> state(String value) {
        try {
            return java.util.Optional.of(MandateState.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Long> id(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    FollowUpFilter filter() {
        return new FollowUpFilter(filterBodyId(), year.getValue(), state.getValue(),
                responsible.getValue() == null ? null : responsible.getValue().getId(),
                unit.getValue() == null ? null : unit.getValue().id(),
                overdue.getValue(), notUpdated.getValue(), text.getValue(), false, null, unclear.getValue(),
                earlierYears.getValue());
    }

    private Long filterBodyId() {
        return body.getValue() == null ? null : body.getValue().getId();
    }

    void refresh() {
        if (applyingLink) {
            return;
        }
        FollowUpFilter filter = filter();
        exportRequest = exportRequest();
        grid.setItems(query -> service.page(filter, GridPaging.slice(query)).stream(),
                query -> (int) service.count(filter));
        Map<MandateState, Long> counts = service.countsByState(filter);
        counters.removeAll();
        for (MandateState s : MandateState.values()) {
            Span number = new Span(String.valueOf(counts.get(s)));
            number.addClassName("portal-count");
            Div card = new Div(number, new Span(" " + getTranslation("decisions.state." + s)));
            card.addClassNames("portal-counter", s.cssClass());
            card.setId("count-" + s);
            card.addClickListener(e -> state.setValue(s));
            // a filter button for the keyboard and screen readers too, not only for the mouse
            card.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
            com.vaadin.flow.component.Shortcuts.addShortcutListener(card, () -> state.setValue(s),
                    com.vaadin.flow.component.Key.ENTER).listenOn(card);
            com.vaadin.flow.component.Shortcuts.addShortcutListener(card, () -> state.setValue(s),
                    com.vaadin.flow.component.Key.SPACE).listenOn(card);
            counters.add(card);
        }
    }

    /** The list's filter and order now, with the filter described for the export's second sheet. */
    ExportRequest exportRequest() {
        List<PageSlice.SortBy> orders = new ArrayList<>();
        List<String> sortNames = new ArrayList<>();
        for (GridSortOrder<MandateRow> o : grid.getSortOrder()) {
            o.getSorted().getSortOrder(o.getDirection()).forEach(q -> orders.add(
                    new PageSlice.SortBy(q.getSorted(), q.getDirection() == SortDirection.ASCENDING)));
            sortNames.add(o.getSorted().getHeaderText() + (o.getDirection() == SortDirection.ASCENDING ? " ↑" : " ↓"));
        }
        List<List<String>> used = new ArrayList<>();
        used.add(List.of(getTranslation("decisions.export.filterHeader"), getTranslation("decisions.export.filterValue")));
        addIf(used, "decisions.body", body.getValue() == null ? null : body.getValue().getName());
        addIf(used, "decisions.year", year.getValue() == null ? null : year.getValue().toString());
        addIf(used, "decisions.status", state.getValue() == null ? null : getTranslation("decisions.state." + state.getValue()));
        addIf(used, "decisions.unit", unit.getValue() == null ? null : unit.getValue().displayName());
        addIf(used, "decisions.responsible", responsible.getValue() == null ? null : responsible.getValue().getFullName());
        addIf(used, "decisions.search", text.getValue() == null || text.getValue().isBlank() ? null : text.getValue());
        for (Checkbox box : List.of(overdue, notUpdated, unclear, earlierYears)) {
            if (box.getValue()) {
                used.add(List.of(box.getLabel(), getTranslation("decisions.export.yes")));
            }
        }
        if (used.size() == 1) {
            used.add(List.of(getTranslation("decisions.export.noFilter"), ""));
        }
        used.add(List.of(getTranslation("decisions.export.sortedBy"), sortNames.isEmpty()
                ? getTranslation("decisions.export.defaultOrder") : String.join(", ", sortNames)));
        used.add(List.of(getTranslation("decisions.export.exportedAt"), Formats.dateTime(java.time.Instant.now())));
        return new ExportRequest(filter(), List.copyOf(orders), List.copyOf(used));
    }

    private void addIf(List<List<String>> used, String key, String value) {
        if (value != null) {
            used.add(List.of(getTranslation(key), value));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.followUp");
    }
}
