package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.Roles;

/**
 * The administrator's organisation chart (issue 12 item 2): the tree of the municipality's units with their leaders,
 * and the buttons to create, rename, move, set the leader of, close and reopen the selected unit, its history, and
 * the import from CSV or Excel. Each button opens a dialog with a heading; when the dialog closes, focus goes back to
 * the unit's row. Closed units are hidden unless asked for. The tree is the whole chart (hundreds of units) in
 * memory; the leader picker searches people lazily.
 */
@Route(OrganisationLinks.CHART)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 89, icon = "vaadin:sitemap", title = "org.chart.nav")
public class OrgChartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrgChartService service;
    final TreeGrid<ChartUnit> tree = new TreeGrid<>();
    final Checkbox showClosed = new Checkbox();
    final Button newUnit = button("org-new", "org.chart.new.button");
    final Button rename = button("org-rename", "org.chart.rename.button");
    final Button move = button("org-move", "org.chart.move.button");
    final Button leader = button("org-leader", "org.chart.leader.button");
    final Button close = button("org-close", "org.chart.close.button");
    final Button reopen = button("org-reopen", "org.chart.reopen.button");
    final Button history = button("org-history-button", "org.chart.history.button");
    final Button importFile = button("org-import", "org.chart.import.button");
    private List<ChartUnit> chart = List.of();
    private Map<Long, ChartUnit> byId = Map.of();
    /** The dialog open now (tests reach it through the view). */
    Dialog dialog;

    public OrgChartView(OrgChartService service) {
        this.service = service;
        setSizeFull();
        add(new Paragraph(getTranslation("org.chart.intro")));

        showClosed.setLabel(getTranslation("org.chart.showClosed"));
        showClosed.setId("org-show-closed");
        showClosed.addValueChangeListener(e -> refresh(selectedId()));
        newUnit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUnit.addClickListener(e -> open(new NewUnitDialog(service, activeUnits(), selected(), this::focusUnit)));
        rename.addClickListener(e -> open(new RenameUnitDialog(service, selected(), this::focusUnit)));
        move.addClickListener(e -> open(new MoveUnitDialog(service, selected(), sameMunicipality(selected()),
                subtree(selected().id()), this::focusUnit)));
        leader.addClickListener(e -> open(new LeaderDialog(service, selected(), this::focusUnit)));
        close.addClickListener(e -> open(new CloseUnitDialog(service, selected(), sameMunicipality(selected()),
                this::focusUnit)));
        reopen.addClickListener(e -> open(new ReopenUnitDialog(service, selected(), this::focusUnit)));
        history.addClickListener(e -> open(new UnitHistoryDialog(service, selected(), this::focusUnit)));
        importFile.addClickListener(e -> UI.getCurrent().navigate(OrgChartImportView.class));

        HorizontalLayout actions = new HorizontalLayout(newUnit, rename, move, leader, close, reopen, history);
        actions.setWrap(true);
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", getTranslation("org.chart.actionsLabel"));
        HorizontalLayout top = new HorizontalLayout(showClosed, importFile);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tree.addComponentHierarchyColumn(this::nameCell).setHeader(getTranslation("org.unit")).setFlexGrow(3);
        tree.addColumn(u -> getTranslation("org.type." + u.type())).setHeader(getTranslation("org.type"))
                .setAutoWidth(true);
        tree.addColumn(u -> u.leaderName() == null ? "" : u.leaderName()).setHeader(getTranslation("org.leader"))
                .setFlexGrow(2);
        tree.addColumn(u -> getTranslation("org.chart.status." + u.active())).setHeader(getTranslation("org.chart.status"))
                .setAutoWidth(true);
        tree.setId("org-chart");
        tree.setSizeFull();
        tree.getElement().setAttribute("aria-label", getTranslation("org.chart.treeLabel"));
        tree.asSingleSelect().addValueChangeListener(e -> enableActions());

        add(new H2(getTranslation("org.chart.heading")), top, actions, tree);
    }

    private Button button(String id, String key) {
        Button b = new Button(getTranslation(key));
        b.setId(id);
        return b;
    }

    private Span nameCell(ChartUnit u) {
        Span name = new Span(u.displayName());
        name.setId("org-unit-" + u.id());
        if (!u.active()) {
            name.getStyle().set("text-decoration", "line-through");
        }
        return name;
    }

    private void open(Dialog d) {
        dialog = d;
        d.open();
    }

    ChartUnit selected() {
        return tree.asSingleSelect().getValue();
    }

    private Long selectedId() {
        return selected() == null ? null : selected().id();
    }

    private void enableActions() {
        ChartUnit u = selected();
        boolean activeUnit = u != null && u.active();
        boolean below = activeUnit && u.type() != OrgUnitType.MUNICIPALITY;
        rename.setEnabled(activeUnit);
        move.setEnabled(below);
        leader.setEnabled(activeUnit);
        close.setEnabled(below);
        reopen.setEnabled(u != null && !u.active());
        history.setEnabled(u != null);
    }

    /** Reloads the chart, keeps what was expanded, selects the unit and puts focus on its row. */
    void focusUnit(Long unitId) {
        dialog = null;
        refresh(unitId);
        if (unitId != null && byId.containsKey(unitId)) {
            // the row is redrawn: once the dialog has closed, focus goes to the cell that holds the unit's name
            tree.getElement().executeJs("""
                    setTimeout(() => {
                      const name = document.getElementById($0);
                      const cell = name && name.closest('vaadin-grid-cell-content');
                      const td = cell && cell.assignedSlot && cell.assignedSlot.parentElement;
                      (td || this).focus();
                    }, 300)""", "org-unit-" + unitId);
        }
    }

    void refresh(Long selectId) {
        Set<Long> expanded = chart.stream().filter(tree::isExpanded).map(ChartUnit::id).collect(Collectors.toSet());
        boolean firstLoad = chart.isEmpty();
        chart = service.chart();
        byId = chart.stream().collect(Collectors.toMap(ChartUnit::id, Function.identity()));
        List<ChartUnit> shown = chart.stream().filter(u -> showClosed.getValue() || u.active()
                || Objects.equals(u.id(), selectId)).toList();
        TreeData<ChartUnit> data = new TreeData<>();
        Map<Long, ChartUnit> shownById = new LinkedHashMap<>();
        shown.forEach(u -> shownById.put(u.id(), u));
        // parents before children, so every child finds its parent in the tree
        Deque<ChartUnit> todo = new ArrayDeque<>(shown.stream()
                .filter(u -> u.parentId() == null || !shownById.containsKey(u.parentId())).toList());
        Map<Long, List<ChartUnit>> children = shown.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(ChartUnit::parentId, LinkedHashMap::new, Collectors.toList()));
        todo.forEach(root -> data.addItem(null, root));
        while (!todo.isEmpty()) {
            ChartUnit parent = todo.poll();
            for (ChartUnit child : children.getOrDefault(parent.id(), List.of())) {
                data.addItem(parent, child);
                todo.add(child);
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        if (firstLoad) {
            // municipalities and service areas open: the units a municipality talks about are one click away
            tree.expand(shown.stream().filter(u -> u.type() == OrgUnitType.MUNICIPALITY
                    || u.type() == OrgUnitType.SERVICE_AREA).toList());
        } else {
            tree.expand(shown.stream().filter(u -> expanded.contains(u.id())).toList());
        }
        ChartUnit toSelect = selectId == null ? null : shownById.get(selectId);
        if (toSelect != null) {
            tree.expand(ancestors(toSelect));
            tree.select(toSelect);
        } else {
            tree.deselectAll();
        }
        enableActions();
    }

    private List<ChartUnit> ancestors(ChartUnit unit) {
        List<ChartUnit> up = new ArrayList<>();
        int guard = 0;
        for (Long p = unit.parentId(); p != null && byId.containsKey(p) && guard++ < 100; p = byId.get(p).parentId()) {
            up.add(byId.get(p));
        }
        return up;
    }

    private List<ChartUnit> activeUnits() {
        return chart.stream().filter(ChartUnit::active).toList();
    }

    /** The active units of the unit's municipality. */
    private List<ChartUnit> sameMunicipality(ChartUnit unit) {
        Long root = rootOf(unit);
        return chart.stream().filter(u -> u.active() && Objects.equals(rootOf(u), root)).toList();
    }

    private Long rootOf(ChartUnit unit) {
        ChartUnit u = unit;
        int guard = 0;
        while (u.parentId() != null && byId.containsKey(u.parentId()) && guard++ < 100) {
            u = byId.get(u.parentId());
        }
        return u.id();
    }

    /** The unit and every unit below it. */
    private Set<Long> subtree(Long unitId) {
        Set<Long> result = new HashSet<>(Set.of(unitId));
        boolean grew = true;
        while (grew) {
            grew = chart.stream().filter(u -> u.parentId() != null && result.contains(u.parentId()))
                    .map(ChartUnit::id).map(result::add).reduce(false, Boolean::logicalOr);
        }
        return result;
    }

    /** The chart as stored on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh(selectedId());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.chart.nav");
    }
}
