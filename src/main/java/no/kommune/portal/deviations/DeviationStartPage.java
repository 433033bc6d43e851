package no.kommune.portal.deviations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.export.Charts;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageCard.Figure;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/**
 * Deviations on the start pages: the open deviations of a leader's units; for quality and management the
 * trend (reported so far this year against the same dates last year, per month as a chart).
 */
@Component
class DeviationStartPage implements StartPageContributor {

    private final DeviationService service;
    private final DeviationStatistics statistics;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeviationStartPage(DeviationService service, DeviationStatistics statistics, CurrentUser currentUser,
            Clock clock) {
        this.service = service;
        this.statistics = statistics;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        List<StartPageCard> cards = new ArrayList<>();
        if (currentUser.hasRole(Roles.LEADER)) {
            cards.add(StartPageCard.of(Roles.LEADER, 30, "start-my-deviations", "deviations.start.mine", List.of(
                    Figure.key("deviations.start.open", service.countOpen(currentUser.ledUnitIds()), DeviationLinks.openDeviations(),
                            true))));
        }
        List<String> trendRoles = List.of(Roles.QUALITY, Roles.MANAGEMENT).stream().filter(currentUser::hasRole).toList();
        if (!trendRoles.isEmpty()) {
            StartPageCard trend = trend();
            trendRoles.forEach(role -> cards.add(trend.forRole(role, "start-deviation-trend-" + role)));
        }
        return cards;
    }

    private StartPageCard trend() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        DeviationStatistics.Figures f = statistics.period(today.withDayOfYear(1), today, null);
        long open = f.byStatus().stream().filter(l -> l.name().equals(DeviationStatistics.OPEN))
                .mapToLong(DeviationStatistics.Line::count).sum();
        List<Figure> figures = List.of(
                Figure.key("deviations.start.thisYear", f.total(), DeviationLinks.statistics(), false),
                Figure.key("deviations.start.lastYear", f.previousTotal(), DeviationLinks.statistics(), false),
                Figure.key("deviations.start.open", open, DeviationLinks.openDeviations(), open > 0));
        Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
        Map<String, Long> now = new LinkedHashMap<>();
        Map<String, Long> before = new LinkedHashMap<>();
        for (DeviationStatistics.Line month : f.byMonth()) {
            now.put(month.name(), month.count());
            before.put(month.name(), month.previous());
        }
        series.put(String.valueOf(today.getYear() - 1), before);
        series.put(String.valueOf(today.getYear()), now);
        String svg = Charts.svg(Charts.bar(null, null, series, false), 420, 220);
        return StartPageCard.of(Roles.QUALITY, 30, "start-deviation-trend", "deviations.start.trend", figures)
                .withChart(svg);
    }
}
