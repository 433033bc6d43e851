package no.kommune.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.kommune.portal.base.Formats;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationGenerator;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo run only: in Røros, fills an empty deviation table with the seeds' yearly totals – 962 deviations
 * in 2024 and 819 in 2025 (−14,9 %, deviations.csv) – spread over the demo units and categories, plus
 * this year's so far, written with a JDBC batch. Elverum's report gives no deviation totals (its rows of
 * deviations.csv are målekort indicators such as "0 sanctions on the snow-clearing contract"), so none are
 * invented for it. Then, in both, a few real reports through the service (with history and notifications) so
 * "Mine avvik" and the leaders' lists have something to click on.
 */
@Component
@Profile({"dev", "demotest"})
class DemoDeviations implements ApplicationRunner {

    static final int YEAR_2024 = 962;
    static final int YEAR_2025 = 819;

    private static final Logger log = LoggerFactory.getLogger(DemoDeviations.class);

    private final JdbcTemplate jdbc;
    private final DeviationService service;
    private final Clock clock;
    private final DemoMunicipality municipality;

    DemoDeviations(JdbcTemplate jdbc, DeviationService service, Clock clock, DemoMunicipality municipality) {
        this.jdbc = jdbc;
        this.service = service;
        this.clock = clock;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM deviation", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        if (municipality != DemoMunicipality.ROROS) {
            reportSome();
            log.info("Demo {}: no deviation totals in the seeds, only a few reports", municipality.csvName());
            return;
        }
        List<Long> units = jdbc.queryForList(
                "SELECT id FROM org_unit WHERE type = 'UNIT' AND active = TRUE ORDER BY id", Long.class);
        List<Long> categories = jdbc.queryForList(
                "SELECT id FROM deviation_category WHERE active = TRUE ORDER BY sort_order", Long.class);
        List<Long> reporters = jdbc.queryForList("SELECT id FROM user_account WHERE username = 'ansatt'", Long.class);
        if (units.isEmpty() || categories.isEmpty() || reporters.isEmpty()) {
            log.warn("Demo: no demo organisation, no deviations generated");
            return;
        }
        Map<Long, Long> leaders = nearestLeaders();
        Random random = new Random(2025);
        List<DeviationGenerator.Row> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        year(rows, 2024, YEAR_2024, LocalDate.of(2024, 12, 31), 0.98, units, categories, reporters.getFirst(), leaders, random);
        year(rows, 2025, YEAR_2025, LocalDate.of(2025, 12, 31), 0.93, units, categories, reporters.getFirst(), leaders, random);
        if (today.getYear() > 2025) {
            int soFar = (int) Math.round(YEAR_2025 * (today.getDayOfYear() - 1) / 365.0);
            if (soFar > 1) {
                year(rows, today.getYear(), soFar, today.minusDays(1), 0.6, units, categories, reporters.getFirst(),
                        leaders, random);
            }
        }
        int written = DeviationGenerator.insert(jdbc, rows);
        log.info("Demo: generated {} deviations (2024: {}, 2025: {})", written, YEAR_2024, YEAR_2025);
        reportSome();
    }

    /** Weighted spread: health and care and the schools report most, like the seeds say. */
    private void year(List<DeviationGenerator.Row> rows, int year, int n, LocalDate last, double closedShare,
            List<Long> units, List<Long> categories, long reporter, Map<Long, Long> leaders, Random random) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        Instant end = last.atTime(22, 0).atZone(Formats.ZONE).toInstant();
        long span = Duration.between(start, end).toSeconds();
        double[] categoryWeights = {30, 18, 28, 8, 6, 3, 7};
        Severity[] severities = Severity.values();
        for (int i = 0; i < n; i++) {
            Instant at = start.plusSeconds((long) (span * ((i + random.nextDouble()) / n)));
            long unit = units.get(Math.min(units.size() - 1, (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * units.size())));
            long category = categories.get(weighted(categoryWeights, categories.size(), random));
            // the most recent ones are more often still open
            boolean closed = random.nextDouble() < closedShare * (i < n * 0.9 ? 1.0 : 0.6);
            DeviationStatus status = closed ? DeviationStatus.CLOSED
                    : DeviationStatus.values()[random.nextInt(3)];
            boolean personal = random.nextDouble() < 0.06;
            rows.add(new DeviationGenerator.Row(TITLES[random.nextInt(TITLES.length)], category,
                    severities[Math.min(severities.length - 1, (int) Math.floor(Math.pow(random.nextDouble(), 2) * 4))],
                    status, reporter, at, unit, leaders.get(unit), personal));
        }
    }

    private static int weighted(double[] weights, int size, Random random) {
        int n = Math.min(weights.length, size);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i];
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < n; i++) {
            r -= weights[i];
            if (r <= 0) {
                return i;
            }
        }
        return n - 1;
    }

    private Map<Long, Long> nearestLeaders() {
        Map<Long, Long[]> nodes = new HashMap<>();
        jdbc.query("SELECT id, parent_id, leader_id FROM org_unit", rs -> {
            nodes.put(rs.getLong(1), new Long[] {(Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class)});
        });
        Map<Long, Long> result = new HashMap<>();
        for (Long id : nodes.keySet()) {
            Long u = id;
            int guard = 0;
            while (u != null && guard++ < 50) {
                Long[] node = nodes.get(u);
                if (node == null) {
                    break;
                }
                if (node[1] != null) {
                    result.put(id, node[1]);
                    break;
                }
                u = node[0];
            }
        }
        return result;
    }

    private void reportSome() {
        var auth = UsernamePasswordAuthenticationToken.authenticated("ansatt", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.EMPLOYEE)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            Long unit = service.defaultUnitId().orElse(null);
            if (unit == null) {
                return;
            }
            var categories = service.categories();
            LocalDateTime now = LocalDateTime.now(clock.withZone(Formats.ZONE)).withSecond(0).withNano(0);
            service.report(new DeviationDraft("Elev utagerte mot medelev i friminuttet",
                    "En elev slo og sparket en medelev. Inspiserende lærer grep inn.", now.minusDays(2), unit,
                    "Skolegården", categories.get(1).getId(), Severity.HIGH, "Elevene ble skilt og foresatte varslet",
                    true));
            service.report(new DeviationDraft("Manglende kontroll av medisinsk utstyr",
                    "Vernerunden fant utstyr uten gyldig kontrollmerke.", now.minusDays(1), unit, null,
                    categories.get(0).getId(), Severity.MEDIUM, null, false));
            service.report(new DeviationDraft("Dør til arkiv stod ulåst",
                    "Arkivdøren med personalmapper var ulåst over natten.", now.minusHours(3), unit, "Arkivrom",
                    categories.get(3).getId(), Severity.MEDIUM, "Døren ble låst", false));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final String[] TITLES = {
        "Vold og utagerende adferd mot ansatt", "Fall på glatt underlag", "Feil i legemiddelhåndtering",
        "Manglende kontroll av medisinsk utstyr", "Brudd på arbeidstidsbestemmelsene", "Trussel mot ansatt",
        "Personopplysninger sendt til feil mottaker", "Brannalarm uten tiltak", "Manglende opplæring",
        "Avvik på vernerunde", "Oljesøl ved kommunalt bygg", "For lav bemanning", "Stikkskade",
        "Bruker uten tilsyn", "Feil i journalføring"
    };
}
