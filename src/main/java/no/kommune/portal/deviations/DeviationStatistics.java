package no.kommune.portal.deviations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deviation statistics as in the annual report: counts by category, status (open/closed) and the unit
 * reported to, for a period compared with the same period a year earlier ("fra 962 til 819 = −14,9 %").
 * Only names and counts: never a deviation's text, so confidential deviations are counted but not shown.
 * Quality and management see the whole municipality, leaders the units they lead.
 */
@Service
@Transactional(readOnly = true)
public class DeviationStatistics {

    public static final String READ = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','"
            + Roles.LEADER + "')";

    /** One row: a name, the count in the period and in the same period the year before. */
    public record Line(String name, long count, long previous) {

        /** Change in per cent with one decimal, null when there was nothing the year before. */
        public BigDecimal changePercent() {
            return DeviationStatistics.changePercent(count, previous);
        }

        public String changeText() {
            return DeviationStatistics.changeText(count, previous);
        }
    }

    /**
     * @param from     first day of the period
     * @param to       last day of the period (inclusive)
     * @param total    deviations reported in the period; {@code previousTotal} the year before
     */
    public record Figures(LocalDate from, LocalDate to, long total, long previousTotal, List<Line> byCategory,
            List<Line> byStatus, List<Line> byUnit, List<Line> byMonth) {

        public BigDecimal changePercent() {
            return DeviationStatistics.changePercent(total, previousTotal);
        }

        public String changeText() {
            return DeviationStatistics.changeText(total, previousTotal);
        }

        /** Share of the period's total in per cent, one decimal, Norwegian format ("12,5 %"). */
        public String share(long count) {
            if (total == 0) {
                return "0 %";
            }
            return pct(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
        }
    }

    public static final String OPEN = "Åpne";
    public static final String CLOSED = "Lukket";

    private final CurrentUser currentUser;

    @PersistenceContext
    private EntityManager em;

    public DeviationStatistics(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** A calendar year compared with the year before. */
    @PreAuthorize(READ)
    public Figures year(int year, Long unitId) {
        if (year < 1990 || year > 2100) {
            throw new UserFacingException("deviations.error.invalidYear");
        }
        return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId);
    }

    /** Any period (inclusive dates, Europe/Oslo) compared with the same dates a year earlier. */
    @PreAuthorize(READ)
    public Figures period(LocalDate from, LocalDate to, Long unitId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserFacingException("validation.invalidDate");
        }
        Scope scope = scope(unitId);
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant prevStart = from.minusYears(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant prevEnd = to.minusYears(1).plusDays(1).atStartOfDay(Formats.ZONE).toInstant();

        Map<String, Long> catNow = grouped("d.category.name", "d.category.sortOrder", start, end, scope);
        Map<String, Long> catPrev = grouped("d.category.name", "d.category.sortOrder", prevStart, prevEnd, scope);
        Map<String, Long> unitNow = grouped("d.reportedToUnit.name", "d.reportedToUnit.name", start, end, scope);
        Map<String, Long> unitPrev = grouped("d.reportedToUnit.name", "d.reportedToUnit.name", prevStart, prevEnd, scope);
        Map<String, Long> statusNow = openClosed(grouped("d.status", "d.status", start, end, scope));
        Map<String, Long> statusPrev = openClosed(grouped("d.status", "d.status", prevStart, prevEnd, scope));

        // categories in their configured order (all active ones, also those with no deviations)
        Map<String, Long> categoryOrder = new LinkedHashMap<>();
        em.createQuery("select c.name from DeviationCategory c where c.active = true order by c.sortOrder", String.class)
                .getResultList().forEach(n -> categoryOrder.put(n, 0L));
        catNow.keySet().forEach(n -> categoryOrder.putIfAbsent(n, 0L));
        catPrev.keySet().forEach(n -> categoryOrder.putIfAbsent(n, 0L));
        List<Line> byCategory = lines(categoryOrder.keySet(), catNow, catPrev);
        List<Line> byStatus = lines(List.of(OPEN, CLOSED), statusNow, statusPrev);
        java.util.TreeSet<String> unitNames = new java.util.TreeSet<>(Formats.norwegianOrder());
        unitNames.addAll(unitNow.keySet());
        unitNames.addAll(unitPrev.keySet());
        List<Line> byUnit = lines(unitNames, unitNow, unitPrev).stream()
                .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
        long total = catNow.values().stream().mapToLong(Long::longValue).sum();
        long previous = catPrev.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(from, to, total, previous, byCategory, byStatus, byUnit, byMonth(from, to, scope));
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
        "nov", "des"};

    /**
     * Per calendar month of the period (Europe/Oslo boundaries), each against the same month a year earlier: one
     * query that sums per month over both ranges (it used to be two count queries per month, 24 for the start
     * page's chart).
     */
    private List<Line> byMonth(LocalDate from, LocalDate to, Scope scope) {
        List<String> names = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<LocalDate> ends = new ArrayList<>();
        LocalDate monthStart = from.withDayOfMonth(1);
        while (!monthStart.isAfter(to)) {
            LocalDate next = monthStart.plusMonths(1);
            starts.add(monthStart.isBefore(from) ? from : monthStart);
            ends.add(next.isAfter(to) ? to.plusDays(1) : next);
            names.add(MONTHS[monthStart.getMonthValue() - 1] + (from.getYear() == to.getYear() ? "" : " " + monthStart.getYear()));
            monthStart = next;
        }
        StringBuilder jpql = new StringBuilder("select ");
        for (int i = 0; i < names.size(); i++) {
            jpql.append(i == 0 ? "" : ", ")
                    .append("sum(case when d.reportedAt >= :a").append(i).append(" and d.reportedAt < :b").append(i)
                    .append(" then 1 else 0 end), sum(case when d.reportedAt >= :pa").append(i)
                    .append(" and d.reportedAt < :pb").append(i).append(" then 1 else 0 end)");
        }
        int last = names.size() - 1;
        jpql.append(" from Deviation d where ((d.reportedAt >= :a0 and d.reportedAt < :b").append(last)
                .append(") or (d.reportedAt >= :pa0 and d.reportedAt < :pb").append(last).append("))")
                .append(scope.unitIds() == null ? "" : " and d.reportedToUnit.id in :units");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        for (int i = 0; i < names.size(); i++) {
            q.setParameter("a" + i, instant(starts.get(i)));
            q.setParameter("b" + i, instant(ends.get(i)));
            q.setParameter("pa" + i, instant(starts.get(i).minusYears(1)));
            q.setParameter("pb" + i, instant(ends.get(i).minusYears(1)));
        }
        if (scope.unitIds() != null) {
            q.setParameter("units", scope.unitIds());
        }
        Object[] sums = q.getSingleResult(); // two sums per month: never a single selection
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new Line(names.get(i), asLong(sums[2 * i]), asLong(sums[2 * i + 1])));
        }
        return lines;
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    private static long asLong(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private record Scope(Set<Long> unitIds) {
    }

    /** Whole municipality for quality/management (optionally one unit and below); leaders only their units. */
    private Scope scope(Long unitId) {
        Set<Long> filter = unitId == null ? null : currentUser.withDescendants(Set.of(unitId));
        if (currentUser.hasRole(Roles.QUALITY) || currentUser.hasRole(Roles.MANAGEMENT)) {
            return new Scope(filter);
        }
        Set<Long> led = new java.util.HashSet<>(currentUser.ledUnitIds());
        if (filter != null) {
            led.retainAll(filter);
        }
        return new Scope(led.isEmpty() ? Set.of(-1L) : led);
    }

    private Map<String, Long> grouped(String key, String order, Instant from, Instant to, Scope scope) {
        String jpql = "select " + key + ", count(d) from Deviation d where d.reportedAt >= :from and d.reportedAt < :to"
                + (scope.unitIds() == null ? "" : " and d.reportedToUnit.id in :units")
                + " group by " + key + (order.equals(key) ? "" : ", " + order) + " order by " + order;
        TypedQuery<Tuple> q = em.createQuery(jpql, Tuple.class).setParameter("from", from).setParameter("to", to);
        if (scope.unitIds() != null) {
            q.setParameter("units", scope.unitIds());
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (Tuple t : q.getResultList()) {
            result.merge(String.valueOf(t.get(0)), (Long) t.get(1), Long::sum);
        }
        return result;
    }

    private static Map<String, Long> openClosed(Map<String, Long> byStatus) {
        Map<String, Long> result = new HashMap<>();
        byStatus.forEach((status, n) -> result.merge(
                DeviationStatus.valueOf(status) == DeviationStatus.CLOSED ? CLOSED : OPEN, n, Long::sum));
        return result;
    }

    private static List<Line> lines(Iterable<String> names, Map<String, Long> now, Map<String, Long> prev) {
        List<Line> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(new Line(name, now.getOrDefault(name, 0L), prev.getOrDefault(name, 0L)));
        }
        return lines;
    }

    static BigDecimal changePercent(long now, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf((now - previous) * 100L).divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
    }

    /**
     * "−14,9 %" (minus sign U+2212, Norwegian decimal comma), "5,0 %" for an increase, or "–" when there is no
     * previous figure. The true minus sign (not "-") keeps the text inert in spreadsheets.
     */
    static String changeText(long now, long previous) {
        BigDecimal p = changePercent(now, previous);
        if (p == null) {
            return "–";
        }
        return p.signum() < 0 ? "\u2212" + pct(p.negate()) : pct(p);
    }

    private static String pct(BigDecimal p) {
        return p.toPlainString().replace('.', ',') + " %";
    }
}
