package no.kommune.portal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.kommune.portal.base.Formats;
import no.kommune.portal.decisions.DecisionKind;
import no.kommune.portal.deviations.DeviationGenerator;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data-scale command of the demo run: {@code ./mvnw spring-boot:test-run -Dportal.demo.scale=100000} grows the
 * demo database to (at least) N deviations and N mandates, spread over the demo units, bodies, the last five
 * years, statuses and deadlines, with JDBC batches (no history rows, no notifications: this is volume for
 * measuring, not a story). Growing to N again adds nothing, so the command can stay on the command line.
 * Runs after the demo data (ApplicationReadyEvent comes after every ApplicationRunner).
 */
@Component
@Profile({"dev", "demotest"})
class DemoScale {

    private static final Logger log = LoggerFactory.getLogger(DemoScale.class);
    private static final int BATCH = 1000;
    private static final int MANDATES_PER_DECISION = 4;
    /** Prefix of the source keys of generated decisions and mandates (so a second run numbers on). */
    static final String KEY = "scale-";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long target;
    private final no.kommune.portal.decisions.MandateDueDates dueDates;

    DemoScale(JdbcTemplate jdbc, Clock clock, @Value("${portal.demo.scale:0}") long target,
            no.kommune.portal.decisions.MandateDueDates dueDates) {
        this.dueDates = dueDates;
        this.jdbc = jdbc;
        this.clock = clock;
        this.target = target;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grow() {
        if (target <= 0) {
            return;
        }
        long started = System.nanoTime();
        int deviations = growDeviations(target);
        int mandates = growMandates(target);
        if (deviations + mandates > 0) {
            // fresh index statistics, or the optimizer plans the first queries for the small table
            jdbc.execute("ANALYZE TABLE deviation, decision, mandate, mandate_responsible");
        }
        log.info("Demo scale {}: added {} deviations and {} mandates in {} ms", target, deviations, mandates,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Adds deviations until the table holds {@code n}; returns how many were added. */
    int growDeviations(long n) {
        long existing = count("SELECT COUNT(*) FROM deviation");
        if (existing >= n) {
            return 0;
        }
        List<Long> units = jdbc.queryForList(
                "SELECT id FROM org_unit WHERE type IN ('UNIT', 'DEPARTMENT') AND active = TRUE ORDER BY id", Long.class);
        List<Long> categories = jdbc.queryForList(
                "SELECT id FROM deviation_category WHERE active = TRUE ORDER BY sort_order", Long.class);
        List<Long> reporters = jdbc.queryForList("SELECT id FROM user_account ORDER BY id", Long.class);
        if (units.isEmpty() || categories.isEmpty() || reporters.isEmpty()) {
            log.warn("Demo scale: no organisation or categories, no deviations added");
            return 0;
        }
        Map<Long, Long> leaders = nearestLeaders();
        Random random = new Random(existing);
        Instant now = clock.instant();
        Instant first = LocalDate.now(clock.withZone(Formats.ZONE)).minusYears(5).withDayOfYear(1)
                .atStartOfDay(Formats.ZONE).toInstant();
        long span = Duration.between(first, now).toSeconds();
        Severity[] severities = Severity.values();
        int toAdd = (int) (n - existing);
        int added = 0;
        List<DeviationGenerator.Row> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < toAdd; i++) {
            // evenly over five years; the older a deviation, the likelier it is closed
            double age = random.nextDouble();
            Instant at = now.minusSeconds((long) (span * age));
            boolean closed = random.nextDouble() < Math.min(0.97, 0.3 + age * 3);
            DeviationStatus status = closed ? DeviationStatus.CLOSED : DeviationStatus.values()[random.nextInt(3)];
            // a few units report most (skewed towards the first ones: health and care, schools)
            long unit = units.get((int) Math.floor(Math.pow(random.nextDouble(), 1.6) * units.size()));
            rows.add(new DeviationGenerator.Row("Avvik " + (existing + i + 1) + ": " + TITLES[random.nextInt(TITLES.length)],
                    categories.get(random.nextInt(categories.size())),
                    severities[(int) Math.floor(Math.pow(random.nextDouble(), 2) * severities.length)], status,
                    reporters.get(random.nextInt(reporters.size())), at, unit, leaders.get(unit),
                    random.nextDouble() < 0.05));
            if (rows.size() == BATCH) {
                added += DeviationGenerator.insert(jdbc, rows);
                rows.clear();
            }
        }
        added += DeviationGenerator.insert(jdbc, rows);
        return added;
    }

    /** Adds mandates (four per new decision) until the table holds {@code n}; returns how many were added. */
    int growMandates(long n) {
        long existing = count("SELECT COUNT(*) FROM mandate");
        if (existing >= n) {
            return 0;
        }
        List<Long> bodies = jdbc.queryForList("SELECT id FROM political_body ORDER BY id", Long.class);
        List<Long> statuses = jdbc.queryForList("SELECT id FROM decision_status_label ORDER BY id", Long.class);
        List<Long[]> owners = new ArrayList<>();
        jdbc.query("SELECT leader_id, id FROM org_unit WHERE leader_id IS NOT NULL AND active = TRUE ORDER BY id",
                rs -> {
                    owners.add(new Long[] {rs.getLong(1), rs.getLong(2)});
                });
        if (bodies.isEmpty() || statuses.isEmpty() || owners.isEmpty()) {
            log.warn("Demo scale: no bodies, status labels or unit leaders, no mandates added");
            return 0;
        }
        long generatedBefore = count("SELECT COUNT(*) FROM mandate WHERE source_key LIKE '" + KEY + "m-%'");
        long decisionsBefore = count("SELECT COUNT(*) FROM decision WHERE source_key LIKE '" + KEY + "d-%'");
        Random random = new Random(existing);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        int toAdd = (int) (n - existing);
        int decisionCount = (toAdd + MANDATES_PER_DECISION - 1) / MANDATES_PER_DECISION;

        List<Object[]> decisions = new ArrayList<>(BATCH);
        for (int d = 0; d < decisionCount; d++) {
            long number = decisionsBefore + d + 1;
            int year = today.getYear() - random.nextInt(5);
            LocalDate meeting = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (meeting.isAfter(today)) {
                meeting = today;
            }
            decisions.add(new Object[] {now, now, bodies.get(random.nextInt(bodies.size())), Date.valueOf(meeting),
                year, "PS " + number + "/" + (year % 100), "Vedtak " + number + " om " + SUBJECTS[random.nextInt(SUBJECTS.length)],
                DecisionKind.values()[random.nextInt(DecisionKind.values().length)].name(), KEY + "d-" + number});
            if (decisions.size() == BATCH) {
                insertDecisions(decisions);
            }
        }
        insertDecisions(decisions);
        List<Long> decisionIds = jdbc.queryForList("SELECT id FROM decision WHERE source_key LIKE ? ORDER BY id"
                + " LIMIT ? OFFSET ?", Long.class, KEY + "d-%", decisionCount, decisionsBefore);

        List<Object[]> mandates = new ArrayList<>(BATCH);
        int added = 0;
        for (int m = 0; m < toAdd; m++) {
            long number = generatedBefore + m + 1;
            Long[] owner = owners.get((int) Math.floor(Math.pow(random.nextDouble(), 1.3) * owners.size()));
            // deadlines from three years back to two years ahead; one in ten without a deadline
            LocalDate deadline = random.nextInt(10) == 0 ? null
                    : today.minusYears(3).plusDays(random.nextInt(5 * 365));
            Timestamp updated = random.nextInt(3) == 0 ? null
                    : Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                            .minusDays(random.nextInt(400)));
            mandates.add(new Object[] {now, now, decisionIds.get(m / MANDATES_PER_DECISION),
                String.valueOf(m % MANDATES_PER_DECISION + 1),
                "Oppdrag " + number + " om " + SUBJECTS[random.nextInt(SUBJECTS.length)],
                "Kommunedirektøren bes utrede og legge fram sak om " + SUBJECTS[random.nextInt(SUBJECTS.length)] + ".",
                deadline == null ? null : Date.valueOf(deadline), owner[0], owner[1],
                statuses.get(random.nextInt(statuses.size())), updated == null ? null : "Arbeidet pågår.", updated,
                KEY + "m-" + number});
            if (mandates.size() == BATCH) {
                added += insertMandates(mandates);
            }
        }
        added += insertMandates(mandates);
        jdbc.update("INSERT IGNORE INTO mandate_responsible (mandate_id, user_id) SELECT id, owner_id FROM mandate"
                + " WHERE source_key LIKE ? AND owner_id IS NOT NULL", KEY + "m-%");
        // the inserts bypass the entity, so the derived deadline columns are filled here (decision 015)
        if (added > 0) {
            dueDates.computeMissing();
        }
        return added;
    }

    private void insertDecisions(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO decision (version, created_at, created_by, modified_at, modified_by, body_id,"
                + " meeting_date, decision_year, case_numbers, title, kind, source_key)"
                + " VALUES (0, ?, 'scale', ?, 'scale', ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    private int insertMandates(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("INSERT INTO mandate (version, created_at, created_by, modified_at, modified_by, decision_id,"
                + " item_ref, title, description, deadline, owner_id, unit_id, status_id, status_text,"
                + " status_updated_at, done_proposed, source_key)"
                + " VALUES (0, ?, 'scale', ?, 'scale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)", rows);
        int n = rows.size();
        rows.clear();
        return n;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** Unit id → the leader of the unit or of the nearest unit above it that has one. */
    private Map<Long, Long> nearestLeaders() {
        Map<Long, Long[]> nodes = new HashMap<>();
        jdbc.query("SELECT id, parent_id, leader_id FROM org_unit", rs -> {
            nodes.put(rs.getLong(1), new Long[] {rs.getObject(2, Long.class), rs.getObject(3, Long.class)});
        });
        Map<Long, Long> result = new HashMap<>();
        for (Long id : nodes.keySet()) {
            Long at = id;
            for (int guard = 0; at != null && guard < 50; guard++) {
                Long[] node = nodes.get(at);
                if (node == null) {
                    break;
                }
                if (node[1] != null) {
                    result.put(id, node[1]);
                    break;
                }
                at = node[0];
            }
        }
        return result;
    }

    private static final String[] TITLES = {
        "Fall på glatt underlag", "Feil i legemiddelhåndtering", "Trussel mot ansatt", "Manglende opplæring",
        "Avvik på vernerunde", "For lav bemanning", "Stikkskade", "Feil i journalføring",
        "Personopplysninger sendt til feil mottaker", "Brannalarm uten tiltak"
    };

    private static final String[] SUBJECTS = {
        "skolebruksplan", "barnehagedekning", "vedlikehold av kommunale bygg", "vann og avløp", "digitalisering",
        "helse og omsorg", "kulturhus", "næringsareal", "klimaplan", "trafikksikkerhet", "boligsosial plan"
    };
}
