package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.deviations.DeviationCategory;
import no.kommune.portal.deviations.DeviationFilter;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;

/**
 * The handling list for leaders (their units and chain), quality and management. Lazy: the Grid counts the
 * matches once per filter (an index count) and asks for the pages the user scrolls to, however deep.
 */
@Route(DeviationLinks.LIST)
@RolesAllowed({Roles.LEADER, Roles.QUALITY, Roles.MANAGEMENT})
@Menu(order = 32, icon = "vaadin:clipboard-pulse", title = "deviations.menu.list")
public class DeviationListView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final DeviationService service;
    private final OrganisationService organisation;
    /** True while {@link #beforeEnter} sets the filters, so their listeners do not each reload the list. */
    private boolean resetting;
    final Grid<DeviationRow> grid = new Grid<>();
    final Select<DeviationStatus> status = new Select<>();
    final Checkbox openOnly = new Checkbox();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final ComboBox<DeviationCategory> category = new ComboBox<>();
    final Span countResult = new Span();

    public DeviationListView(DeviationService service, OrganisationService organisation) {
        this.service = service;
        this.organisation = organisation;
        setSizeFull();
        status.setPlaceholder(getTranslation("deviations.field.status"));
        status.setItems(DeviationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("deviations.list.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("deviations.list.allStatuses")
                : getTranslation(s.key()));
        openOnly.setLabel(getTranslation("deviations.field.openOnly"));
        unit.setPlaceholder(getTranslation("deviations.list.allUnits"));
        unit.setItemLabelGenerator(DeviationLabels::unit);
        unit.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("deviations.list.allCategories"));
        category.setItemLabelGenerator(DeviationCategory::getName);
        category.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refreshUnlessResetting());
        openOnly.addValueChangeListener(e -> refreshUnlessResetting());
        unit.addValueChangeListener(e -> refreshUnlessResetting());
        category.addValueChangeListener(e -> refreshUnlessResetting());
        countResult.setId("count-result");
        Button count = new Button(getTranslation("deviations.list.count"),
                e -> countResult.setText(getTranslation("deviations.list.countResult", service.count(filter()))));
        count.setId("count-button");
        HorizontalLayout filters = new HorizontalLayout(status, openOnly, unit, category, count, countResult);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(DeviationRow::id).setHeader(getTranslation("deviations.col.id")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.reportedAt())).setHeader(getTranslation("deviations.col.reportedAt"))
                .setSortProperty("reportedAt").setAutoWidth(true).setKey("reportedAt");
        grid.addColumn(r -> DeviationLabels.title(this, r)).setHeader(getTranslation("deviations.col.title"))
                .setFlexGrow(3).setKey("title");
        grid.addColumn(DeviationRow::categoryName).setHeader(getTranslation("deviations.col.category")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.severity().key())).setHeader(getTranslation("deviations.col.severity"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.status().key())).setHeader(getTranslation("deviations.col.status"))
                .setAutoWidth(true);
        grid.addColumn(DeviationRow::reportedToUnit).setHeader(getTranslation("deviations.col.unit")).setFlexGrow(1);
        grid.addColumn(DeviationRow::handlerName).setHeader(getTranslation("deviations.col.handler")).setFlexGrow(1);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DeviationDetailView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("deviation-grid");
        add(new com.vaadin.flow.component.html.H2(getTranslation("deviations.list.title")), filters, grid);
    }

    private void refreshUnlessResetting() {
        if (!resetting) {
            refresh();
        }
    }

    DeviationFilter filter() {
        return new DeviationFilter(status.getValue(), openOnly.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                category.getValue() == null ? null : category.getValue().getId(), false);
    }

    void refresh() {
        DeviationFilter filter = filter();
        countResult.setText("");
        // Counted once per filter (not per scroll): with a known size the scroll bar spans every match, so row
        // 90 000 is one page request away instead of hundreds of "load more" steps (issue 15).
        grid.setItems(query -> {
            boolean oldestFirst = query.getSortOrders().stream()
                    .anyMatch(s -> s.getDirection() == SortDirection.ASCENDING);
            return service.page(filter, query.getOffset(), query.getLimit(), oldestFirst).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, service.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.list.title");
    }

    /**
     * Start pages link here with {@link DeviationLinks#openDeviations()} for the open deviations. Every visit sets
     * the filters from the address alone, with fresh choices and rows: the router reuses this view for a second
     * link or menu click, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        resetting = true;
        try {
            unit.setItems(organisation.unitTree());
            category.setItems(service.categories());
            status.clear();
            unit.clear();
            category.clear();
            openOnly.setValue(event.getLocation().getQueryParameters().getParameters()
                    .containsKey(DeviationLinks.OPEN_ONLY));
        } finally {
            resetting = false;
        }
        refresh();
    }
}
