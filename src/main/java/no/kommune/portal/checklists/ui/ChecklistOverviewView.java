package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.export.Charts;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.checklists.ChecklistInstance;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.checklists.ChecklistReport;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.GroupStatus;
import no.kommune.portal.checklists.ChecklistViews.HeatCell;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.organisation.Roles;

/**
 * Status of a round ("Status sjekkliste per tjenesteområde", "Status sjekklistekategorier", "Overordnet
 * status"): completion and result per service area, category and unit, a heat map (service area x category,
 * built from Divs) and a server-rendered bar chart, with the change from the previous round. Overdue units
 * stand out; each unit opens its checklist. Politicians see only rounds management has published.
 */
@Route(value = ChecklistLinks.OVERVIEW, layout = MainLayout.class)
@RolesAllowed({Roles.QUALITY, Roles.MANAGEMENT, Roles.ADMIN, Roles.POLITICIAN})
@Menu(order = 20, icon = "vaadin:chart-grid", title = "checklists.nav.overview")
public class ChecklistOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistService service;
    private final ChecklistReport report;
    private final BackgroundWork background;
    private final AuthenticationContext auth;
    private boolean management;
    final Select<RoundRow> round = new Select<>();
    final Div content = new Div();
    Button publish;
    Grid<UnitStatus> unitGrid;
    Grid<GroupStatus> areaGrid;
    Grid<GroupStatus> categoryGrid;

    public ChecklistOverviewView(ChecklistService service, ChecklistReport report, BackgroundWork background,
            AuthenticationContext auth) {
        this.service = service;
        this.report = report;
        this.background = background;
        this.auth = auth;
        setWidthFull();
        round.setLabel(getTranslation("checklists.round"));
        round.setItemLabelGenerator(r -> r.name() + " – " + r.templateName());
        round.setId("overview-round");
        round.setEmptySelectionAllowed(false);
        round.addValueChangeListener(e -> show());
        content.setWidthFull();
        add(round, content);
    }

    /**
     * The rounds the user may see, and the round of {@code ?runde=} (else the latest), on every visit: the router
     * reuses this view for another round or a second click on the menu, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        management = auth.hasRole(Roles.MANAGEMENT);
        // a select of recent rounds: one round per tertial, so 30 covers ten years
        List<RoundRow> rounds = service.roundPage(0, 30);
        round.setItems(rounds);
        String wanted = event.getLocation().getQueryParameters().getSingleParameter(ChecklistLinks.ROUND).orElse(null);
        RoundRow selected = rounds.stream().filter(r -> String.valueOf(r.id()).equals(wanted)).findFirst()
                .orElse(rounds.isEmpty() ? null : rounds.getFirst());
        if (selected == null) {
            round.clear();
            content.removeAll();
            content.add(new Paragraph(getTranslation("checklists.noRounds")));
        } else if (selected.equals(round.getValue())) {
            show();
        } else {
            round.setValue(selected);
        }
    }

    void show() {
        content.removeAll();
        publish = null;
        RoundRow selected = round.getValue();
        if (selected == null) {
            return;
        }
        Overview o = service.overview(selected.id());
        content.add(new H2(getTranslation("checklists.overviewTitle", o.roundName())));
        content.add(new Paragraph(o.templateName() + " · " + getTranslation("checklists.deadline") + " "
                + Formats.date(o.deadline()) + (o.previousRoundName() == null ? ""
                : " · " + getTranslation("checklists.comparedWith", o.previousRoundName()))));
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Span published = new Span(getTranslation(o.published() ? "checklists.publishedForPoliticians"
                : "checklists.notPublishedForPoliticians"));
        published.setId("published-state");
        bar.add(published);
        if (management) {
            publish = new Button(getTranslation(o.published() ? "checklists.unpublish" : "checklists.publishOverview"),
                    e -> {
                        try {
                            service.publishOverview(o.roundId(), !o.published());
                            Notices.success(o.published() ? "checklists.unpublished" : "checklists.overviewPublished");
                            show();
                        } catch (RuntimeException ex) {
                            Notices.failure(ex);
                        }
                    });
            publish.setId("publish-overview");
            bar.add(publish);
        }
        String file = "internkontroll-" + o.roundName().replaceAll("[^A-Za-z0-9æøåÆØÅ]+", "-");
        bar.add(GeneratedDownload.report(background, getTranslation("checklists.exportPdf"), ExportFormat.PDF,
                () -> file, () -> report.overview(o.roundId())));
        bar.add(GeneratedDownload.report(background, getTranslation("checklists.exportXlsx"), ExportFormat.XLSX,
                () -> file, () -> report.overview(o.roundId())));
        content.add(bar);

        content.add(new H3(getTranslation("checklists.overall")));
        content.add(summary(o.overall()));
        content.add(new Paragraph(getTranslation("checklists.resultHelp")));

        content.add(new H3(getTranslation("checklists.heatMap")));
        content.add(heatMap(o.heatMap()));
        content.add(chart(o));

        content.add(new H3(getTranslation("checklists.perServiceArea")));
        areaGrid = groupGrid(o.serviceAreas(), "checklists.serviceArea");
        areaGrid.setId("service-area-grid");
        content.add(areaGrid);
        content.add(new H3(getTranslation("checklists.perCategory")));
        categoryGrid = groupGrid(o.categories(), "checklists.category");
        categoryGrid.setId("category-grid");
        content.add(categoryGrid);

        content.add(new H3(getTranslation("checklists.perUnit")));
        unitGrid = new Grid<>();
        unitGrid.addColumn(UnitStatus::serviceAreaName).setHeader(getTranslation("checklists.serviceArea"))
                .setAutoWidth(true);
        unitGrid.addColumn(UnitStatus::unitName).setHeader(getTranslation("checklists.unit")).setFlexGrow(2);
        unitGrid.addComponentColumn(this::stateBadge).setHeader(getTranslation("checklists.status")).setAutoWidth(true);
        unitGrid.addColumn(u -> u.tally().answered() + " / " + u.tally().expected())
                .setHeader(getTranslation("checklists.answered")).setAutoWidth(true);
        unitGrid.addColumn(u -> ChecklistReport.pct(u.tally().yesPct())).setHeader(getTranslation("checklists.answer.YES"));
        unitGrid.addColumn(u -> ChecklistReport.pct(u.tally().partlyPct()))
                .setHeader(getTranslation("checklists.answer.PARTLY"));
        unitGrid.addColumn(u -> ChecklistReport.pct(u.tally().noPct())).setHeader(getTranslation("checklists.answer.NO"));
        unitGrid.addComponentColumn(u -> {
            Button open = new Button(getTranslation("checklists.show"), e -> ChecklistAnswerView.open(u.instanceId()));
            open.setId("drill-" + u.unitId());
            return open;
        }).setKey("drill").setAutoWidth(true);
        unitGrid.setPartNameGenerator(u -> u.overdue() ? "checklists-overdue" : null);
        unitGrid.setItems(o.units());
        unitGrid.setAllRowsVisible(true);
        unitGrid.setId("unit-grid");
        content.add(unitGrid);
    }

    private Component stateBadge(UnitStatus u) {
        String text = u.state() == ChecklistInstance.State.SUBMITTED ? getTranslation("checklists.state.SUBMITTED")
                : u.tally().answered() == 0 ? getTranslation("checklists.notStarted")
                : getTranslation("checklists.started");
        Span badge = new Span(text + (u.overdue() ? " – " + getTranslation("checklists.overdue") : ""));
        badge.getElement().getThemeList().add(u.state() == ChecklistInstance.State.SUBMITTED ? "badge success"
                : u.overdue() ? "badge error primary" : "badge");
        return badge;
    }

    private Component summary(GroupStatus overall) {
        Tally t = overall.tally();
        HorizontalLayout cards = new HorizontalLayout();
        cards.setId("overall-summary");
        cards.add(card("checklists.submittedShare", ChecklistReport.pct(t.submittedPct()),
                t.submitted() + " / " + t.checklists(), overall.submittedChange()));
        cards.add(card("checklists.answeredShare", ChecklistReport.pct(t.answeredPct()),
                t.answered() + " / " + t.expected(), null));
        cards.add(card("checklists.answer.YES", ChecklistReport.pct(t.yesPct()), null, overall.yesChange()));
        cards.add(card("checklists.answer.PARTLY", ChecklistReport.pct(t.partlyPct()), null, null));
        cards.add(card("checklists.answer.NO", ChecklistReport.pct(t.noPct()), null, null));
        return cards;
    }

    private Component card(String labelKey, String value, String detail, Double change) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "8px")
                .set("padding", "0.5em 1em").set("min-width", "9em");
        Div big = new Div(value);
        big.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        card.add(new Div(getTranslation(labelKey)), big);
        if (detail != null) {
            card.add(new Div(detail));
        }
        if (change != null) {
            card.add(new Div(getTranslation("checklists.change", ChecklistReport.signed(change))));
        }
        return card;
    }

    /** Service area x category; the cell colour follows the Ja share, the text gives the numbers. */
    Component heatMap(List<HeatCell> cells) {
        Set<String> categories = new LinkedHashSet<>();
        Map<String, Map<String, Tally>> rows = new LinkedHashMap<>();
        for (HeatCell c : cells) {
            categories.add(c.category());
            rows.computeIfAbsent(c.serviceArea(), k -> new LinkedHashMap<>()).put(c.category(), c.tally());
        }
        Div table = new Div();
        table.setId("heatmap");
        table.getStyle().set("display", "grid").set("gap", "2px").set("overflow-x", "auto")
                .set("grid-template-columns", "minmax(10em, 1.5fr) repeat(" + categories.size() + ", minmax(7em, 1fr))");
        table.add(headerCell(getTranslation("checklists.serviceArea")));
        categories.forEach(c -> table.add(headerCell(c)));
        rows.forEach((area, perCategory) -> {
            table.add(headerCell(area));
            for (String category : categories) {
                Tally t = perCategory.get(category);
                table.add(heatCell(area, category, t));
            }
        });
        return table;
    }

    private static Div headerCell(String text) {
        Div d = new Div(text);
        d.getStyle().set("font-weight", "600").set("padding", "0.25em");
        return d;
    }

    private Div heatCell(String area, String category, Tally t) {
        Div d = new Div();
        d.addClassName("checklists-heat");
        d.getStyle().set("padding", "0.25em").set("border-radius", "4px").set("text-align", "center");
        if (t == null || !t.hasResult()) {
            d.setText(getTranslation("checklists.noAnswers"));
            d.addClassName("checklists-heat-none");
            d.getStyle().set("background", "var(--lumo-contrast-5pct)");
        } else {
            double yes = t.yesPct();
            String level = yes >= 80 ? "high" : yes >= 50 ? "mid" : "low";
            d.addClassName("checklists-heat-" + level);
            d.getStyle().set("background", switch (level) {
                case "high" -> "#b7e1c1";
                case "mid" -> "#fbe3a6";
                default -> "#f5b7b1";
            }).set("color", "#1a1a1a");
            d.setText(getTranslation("checklists.heatCell", ChecklistReport.pct(yes), ChecklistReport.pct(t.noPct())));
        }
        d.getElement().setAttribute("title", area + " – " + category);
        return d;
    }

    private Component chart(Overview o) {
        Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
        Map<String, Double> yes = new LinkedHashMap<>();
        Map<String, Double> partly = new LinkedHashMap<>();
        Map<String, Double> no = new LinkedHashMap<>();
        for (GroupStatus g : o.serviceAreas()) {
            yes.put(g.name(), g.tally().yesPct());
            partly.put(g.name(), g.tally().partlyPct());
            no.put(g.name(), g.tally().noPct());
        }
        series.put(getTranslation("checklists.answer.YES"), yes);
        series.put(getTranslation("checklists.answer.PARTLY"), partly);
        series.put(getTranslation("checklists.answer.NO"), no);
        String svg = Charts.svg(ChecklistReport.chart(series, getTranslation("checklists.perServiceArea")), 900,
                120 + 40 * Math.max(1, o.serviceAreas().size()));
        Html html = new Html("<div>" + svg + "</div>");
        html.setId("bar-chart");
        return html;
    }

    private Grid<GroupStatus> groupGrid(List<GroupStatus> groups, String nameKey) {
        Grid<GroupStatus> grid = new Grid<>();
        grid.addColumn(GroupStatus::name).setHeader(getTranslation(nameKey)).setFlexGrow(2);
        grid.addColumn(g -> g.tally().checklists()).setHeader(getTranslation("checklists.checklists")).setAutoWidth(true);
        grid.addColumn(g -> ChecklistReport.pct(g.tally().submittedPct()))
                .setHeader(getTranslation("checklists.submittedShare")).setAutoWidth(true);
        grid.addColumn(g -> ChecklistReport.pct(g.tally().answeredPct()))
                .setHeader(getTranslation("checklists.answeredShare")).setAutoWidth(true);
        grid.addColumn(g -> ChecklistReport.pct(g.tally().yesPct())).setHeader(getTranslation("checklists.answer.YES"));
        grid.addColumn(g -> ChecklistReport.pct(g.tally().partlyPct()))
                .setHeader(getTranslation("checklists.answer.PARTLY"));
        grid.addColumn(g -> ChecklistReport.pct(g.tally().noPct())).setHeader(getTranslation("checklists.answer.NO"));
        grid.addColumn(g -> g.yesChange() == null ? "" : ChecklistReport.signed(g.yesChange()))
                .setHeader(getTranslation("checklists.changeYes")).setAutoWidth(true);
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklists.nav.overview");
    }
}
