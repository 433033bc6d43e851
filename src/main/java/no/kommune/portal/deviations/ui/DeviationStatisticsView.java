package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.export.Charts;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationReport;
import no.kommune.portal.deviations.DeviationStatistics;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;

/**
 * Deviation statistics for a year against the year before: totals with the change, and per category,
 * status and unit reported to as server-rendered charts and tables; exportable for the annual report.
 */
@Route(DeviationLinks.STATISTICS)
@RolesAllowed({Roles.QUALITY, Roles.MANAGEMENT, Roles.LEADER})
@Menu(order = 33, icon = "vaadin:chart", title = "deviations.menu.statistics")
public class DeviationStatisticsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DeviationStatistics statistics;
    private final OrganisationService organisation;
    /** True while {@link #beforeEnter} resets the filters, so their listeners do not compute the figures each. */
    private boolean resetting;
    final IntegerField year = new IntegerField();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Span total = new Span();
    final Div content = new Div();
    final Span error = new Span();
    Grid<DeviationStatistics.Line> categoryGrid;

    public DeviationStatisticsView(DeviationStatistics statistics, DeviationReport report, OrganisationService organisation,
            BackgroundWork background) {
        this.statistics = statistics;
        this.organisation = organisation;
        year.setLabel(getTranslation("deviations.field.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        unit.setLabel(getTranslation("deviations.field.unit"));
        unit.setPlaceholder(getTranslation("deviations.list.allUnits"));
        unit.setItemLabelGenerator(DeviationLabels::unit);
        unit.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refreshUnlessResetting());
        unit.addValueChangeListener(e -> refreshUnlessResetting());
        total.setId("stats-total");
        error.setId("stats-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        content.setWidthFull();
        HorizontalLayout filters = new HorizontalLayout(year, unit,
                export(background, report, ExportFormat.PDF, "deviations.stats.exportPdf"),
                export(background, report, ExportFormat.XLSX, "deviations.stats.exportXlsx"),
                export(background, report, ExportFormat.DOCX, "deviations.stats.exportDocx"));
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("deviations.stats.title")), filters, error, total, content);
    }

    /**
     * Every visit starts from this year and all units with fresh figures: the router reuses this view when its menu
     * link is clicked again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resetting = true;
        try {
            unit.setItems(organisation.unitTree());
            unit.clear();
            year.setValue(LocalDate.now(Formats.ZONE).getYear());
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

    private GeneratedDownload export(BackgroundWork background, DeviationReport report, ExportFormat format,
            String labelKey) {
        return GeneratedDownload.report(background, getTranslation(labelKey), format,
                () -> "avvik-" + year.getValue(), () -> report.build(yearValue(), unitId()));
    }

    private int yearValue() {
        return year.getValue() == null ? 0 : year.getValue();
    }

    private Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    void refresh() {
        content.removeAll();
        error.setText("");
        total.setText("");
        DeviationStatistics.Figures f;
        try {
            f = statistics.year(yearValue(), unitId());
        } catch (RuntimeException ex) {
            error.setText(DeviationLabels.message(this, ex));
            return;
        }
        int y = f.from().getYear();
        total.setText(getTranslation("deviations.stats.total", String.valueOf(y), f.total(), String.valueOf(y - 1),
                f.previousTotal(), f.changeText()));
        categoryGrid = section("deviations.stats.byCategory", f, f.byCategory(), y);
        section("deviations.stats.byStatus", f, f.byStatus().stream()
                .map(l -> new DeviationStatistics.Line(l.name().equals(DeviationStatistics.OPEN)
                        ? getTranslation("deviations.stats.open") : getTranslation("deviations.stats.closed"),
                        l.count(), l.previous())).toList(), y);
        section("deviations.stats.byUnit", f, f.byUnit(), y);
        section("deviations.stats.byMonth", f, f.byMonth(), y);
    }

    private Grid<DeviationStatistics.Line> section(String titleKey, DeviationStatistics.Figures f,
            List<DeviationStatistics.Line> lines, int y) {
        String title = getTranslation(titleKey);
        Html chart = new Html("<div>" + Charts.svg(DeviationReport.chart(title, lines, y, y - 1), 800, 360) + "</div>");
        Grid<DeviationStatistics.Line> grid = new Grid<>();
        grid.addColumn(DeviationStatistics.Line::name).setHeader(getTranslation("deviations.stats.col.name")).setFlexGrow(3);
        grid.addColumn(DeviationStatistics.Line::count).setHeader(String.valueOf(y)).setAutoWidth(true);
        grid.addColumn(l -> f.share(l.count())).setHeader(getTranslation("deviations.stats.col.share")).setAutoWidth(true);
        grid.addColumn(DeviationStatistics.Line::previous).setHeader(String.valueOf(y - 1)).setAutoWidth(true);
        grid.addColumn(DeviationStatistics.Line::changeText).setHeader(getTranslation("deviations.stats.col.change"))
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        content.add(new H3(title), chart, grid);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.stats.title");
    }
}
