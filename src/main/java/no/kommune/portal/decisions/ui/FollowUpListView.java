package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>The rarely used filters (year, unit, responsible, not updated, deadline unclear, earlier years) sit behind "Flere
 * filtre" and are created when first shown, or when a link sets one of them (issue 15: the list's first answer was
 * 58 KB, most of it the view's own components). The status filter is a combo box, whose items travel only when it is
 * opened, and the status counters are plain buttons that are updated, not rebuilt, when the filter changes.
 */
@Route(DecisionLinks.FOLLOW_UP)
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "decisions.nav.followUp")
public class FollowUpListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FollowUpService service;
    final Grid<MandateRow> grid = new Grid<>(MandateRow.class, false);
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final ComboBox<MandateState> state = new ComboBox<>();
    final TextField text = new TextField();
    final Checkbox overdue = new Checkbox();
    /** Shows and hides {@link MoreFilters}; {@code aria-expanded} says which. */
    final Button moreFiltersToggle = new Button();
    private final HorizontalLayout filters;
    /** The rarely used filters; null until first shown or set by a link. */
    private MoreFilters more;
    final FlexLayout counters = new FlexLayout();
    /** The status counters: a native button per state, its content written by {@link #refresh}. */
    private final Map<MandateState, NativeButton> counterButtons = new EnumMap<>(MandateState.class);
    private final transient OrganisationService organisation;
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
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setClearButtonVisible(true);
        state.setPlaceholder(getTranslation("decisions.status"));
        state.setItemLabelGenerator(s -> getTranslation("decisions.state." + s));
        state.setItems(MandateState.values());
        state.setClearButtonVisible(true);
        state.setId("filter-status");
        text.setPlaceholder(getTranslation("decisions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        overdue.setLabel(getTranslation("decisions.overdueOnly"));
        overdue.setId("filter-delayed");
        body.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        moreFiltersToggle.setId("more-filters");
        moreFiltersToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moreFiltersToggle.addClickListener(e -> showMoreFilters(more == null || !more.isVisible()));
        updateMoreFiltersToggle();

        filters = new HorizontalLayout(body, state, text, overdue, moreFiltersToggle);
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
        for (MandateState s : MandateState.values()) {
            // a native button: a filter for the mouse, the keyboard (Enter, Space) and screen readers alike
            NativeButton card = new NativeButton();
            card.addClassNames("portal-counter", s.cssClass());
            card.setId("count-" + s);
            card.addClickListener(e -> state.setValue(s));
            counterButtons.put(s, card);
            counters.add(card);
        }

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
     * The filters behind "Flere filtre". Created on first use, then kept (hidden when the panel is closed, and still
     * applied: the toggle then says how many are in use).
     */
    final class MoreFilters extends HorizontalLayout {
        final IntegerField year = new IntegerField();
        final ComboBox<UnitNode> unit = new ComboBox<>();
        final ComboBox<UserAccount> responsible = new ComboBox<>();
        final Checkbox notUpdated = new Checkbox(getTranslation("decisions.notUpdatedOnly"));
        final Checkbox unclear = new Checkbox(getTranslation("decisions.deadlineUnclearOnly"));
        final Checkbox earlierYears = new Checkbox(getTranslation("decisions.earlierYearsOnly"));
        private final List<UnitNode> units = organisation.unitTree();

        MoreFilters() {
            setId("more-filters-panel");
            year.setPlaceholder(getTranslation("decisions.year"));
            year.setMin(1990);
            year.setMax(2100);
            year.setClearButtonVisible(true);
            unit.setPlaceholder(getTranslation("decisions.unit"));
            unit.setItemLabelGenerator(UnitNode::displayName);
            unit.setItems(units);
            unit.setClearButtonVisible(true);
            responsible.setPlaceholder(getTranslation("decisions.responsible"));
            responsible.setItemLabelGenerator(UserAccount::getFullName);
            responsible.setItems(q -> organisation.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                    .stream());
            responsible.setClearButtonVisible(true);
            unclear.setId("filter-unclear");
            earlierYears.setId("filter-earlier-years");
            notUpdated.setId("filter-not-updated");
            year.addValueChangeListener(e -> changed());
            unit.addValueChangeListener(e -> changed());
            responsible.addValueChangeListener(e -> changed());
            for (Checkbox box : checkboxes()) {
                box.addValueChangeListener(e -> changed());
            }
            add(year, unit, responsible, notUpdated, unclear, earlierYears);
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            setWrap(true);
        }

        List<Checkbox> checkboxes() {
            return List.of(notUpdated, unclear, earlierYears);
        }

        /** How many of these filters are set. */
        int inUse() {
            return (year.getValue() == null ? 0 : 1) + (unit.getValue() == null ? 0 : 1)
                    + (responsible.getValue() == null ? 0 : 1)
                    + (int) checkboxes().stream().filter(Checkbox::getValue).count();
        }

        private void changed() {
            updateMoreFiltersToggle();
            refresh();
        }
    }

    /** The rarely used filters, created (hidden) on first call. */
    MoreFilters moreFilters() {
        if (more == null) {
            more = new MoreFilters();
            more.setVisible(false);
            addComponentAtIndex(indexOf(filters) + 1, more);
            moreFiltersToggle.getElement().setAttribute("aria-controls", more.getId().orElseThrow());
        }
        return more;
    }

    /** Opens or closes "Flere filtre"; closing hides the fields but keeps what they filter by. */
    void showMoreFilters(boolean shown) {
        if (shown || more != null) {
            moreFilters().setVisible(shown);
        }
        updateMoreFiltersToggle();
    }

    private void updateMoreFiltersToggle() {
        boolean shown = more != null && more.isVisible();
        int inUse = more == null ? 0 : more.inUse();
        moreFiltersToggle.setText(shown ? getTranslation("decisions.fewerFilters")
                : inUse > 0 ? getTranslation("decisions.moreFiltersInUse", inUse)
                : getTranslation("decisions.moreFilters"));
        moreFiltersToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    /**
     * Start pages link to this list with the filter in the address ({@link DecisionLinks}), e.g.
     * {@code oppfolging?status=DELAYED&enhet=11&forsinket}: {@code organ} (body id), {@code aar}, {@code status},
     * {@code enhet} (unit id), {@code ansvarlig} (user id), {@code forsinket}, {@code ikkeOppdatert},
     * {@code fristUklar}, {@code tidligereAar}. A link that sets one of the filters behind "Flere filtre" opens them,
     * so the reader sees what the list is filtered by.
     * Unknown or malformed values are ignored rather than shown as errors.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        applyingLink = true;
        try {
            // the filters come from the address alone: the router reuses this view for the next link or menu click,
            // so what the last visit chose must not stay (a new list has none of it either)
            body.setItems(organisation.activeBodies());
            body.clear();
            state.clear();
            text.clear();
            overdue.clear();
            if (more != null) {
                more.year.clear();
                more.unit.clear();
                more.responsible.clear();
                more.checkboxes().forEach(Checkbox::clear);
                showMoreFilters(false);
            }
            params.getSingleParameter(DecisionLinks.STATE).flatMap(FollowUpListView::state).ifPresent(state::setValue);
            params.getSingleParameter(DecisionLinks.BODY).flatMap(FollowUpListView::id).flatMap(organisation::findBody)
                    .ifPresent(body::setValue);
            if (params.getParameters().containsKey(DecisionLinks.OVERDUE)) {
                overdue.setValue(true);
            }
            Optional<Integer> year = params.getSingleParameter(DecisionLinks.YEAR).flatMap(FollowUpListView::id)
                    .map(Long::intValue);
            Optional<Long> unitId = params.getSingleParameter(DecisionLinks.UNIT).flatMap(FollowUpListView::id);
            Optional<UserAccount> person = params.getSingleParameter(DecisionLinks.RESPONSIBLE)
                    .flatMap(FollowUpListView::id).flatMap(organisation::findPerson);
            boolean notUpdated = params.getParameters().containsKey(DecisionLinks.NOT_UPDATED);
            boolean unclear = params.getParameters().containsKey(DecisionLinks.DEADLINE_UNCLEAR);
            boolean earlierYears = params.getParameters().containsKey(DecisionLinks.EARLIER_YEARS);
            if (year.isPresent() || unitId.isPresent() || person.isPresent() || notUpdated || unclear || earlierYears) {
                MoreFilters m = moreFilters();
                year.ifPresent(m.year::setValue);
                unitId.ifPresent(id -> m.units.stream().filter(u -> u.id().equals(id)).findFirst()
                        .ifPresent(m.unit::setValue));
                person.ifPresent(m.responsible::setValue);
                m.notUpdated.setValue(m.notUpdated.getValue() || notUpdated);
                m.unclear.setValue(m.unclear.getValue() || unclear);
                m.earlierYears.setValue(m.earlierYears.getValue() || earlierYears);
                showMoreFilters(m.inUse() > 0);
            }
        } finally {
            applyingLink = false;
        }
        refresh();
    }

    private static Optional<MandateState> state(String value) {
        try {
            return Optional.of(MandateState.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    FollowUpFilter filter() {
        MoreFilters m = more;
        return new FollowUpFilter(filterBodyId(), m == null ? null : m.year.getValue(), state.getValue(),
                m == null || m.responsible.getValue() == null ? null : m.responsible.getValue().getId(),
                m == null || m.unit.getValue() == null ? null : m.unit.getValue().id(),
                overdue.getValue(), m != null && m.notUpdated.getValue(), text.getValue(), false, null,
                m != null && m.unclear.getValue(), m != null && m.earlierYears.getValue());
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
        Map<MandateState, Long> byState = service.countsByState(filter);
        // the count and the state as markup of the button rather than two more components per counter (issue 15);
        // the button itself stays, so the focus stays on the counter a keyboard user pressed
        counterButtons.forEach((s, button) -> button.getElement().setProperty("innerHTML",
                "<span class=portal-count>" + byState.get(s) + "</span> "
                        + escaped(getTranslation("decisions.state." + s))));
    }

    /** A text for markup: the characters HTML reads as markup written as references. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
        addIf(used, "decisions.status", state.getValue() == null ? null : getTranslation("decisions.state." + state.getValue()));
        MoreFilters m = more;
        addIf(used, "decisions.year", m == null || m.year.getValue() == null ? null : m.year.getValue().toString());
        addIf(used, "decisions.unit", m == null || m.unit.getValue() == null ? null : m.unit.getValue().displayName());
        addIf(used, "decisions.responsible", m == null || m.responsible.getValue() == null ? null
                : m.responsible.getValue().getFullName());
        addIf(used, "decisions.search", text.getValue() == null || text.getValue().isBlank() ? null : text.getValue());
        List<Checkbox> boxes = new ArrayList<>(List.of(overdue));
        if (m != null) {
            boxes.addAll(m.checkboxes());
        }
        for (Checkbox box : boxes) {
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
