package no.kommune.portal.deviations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many deviations straight into the table with JDBC batch inserts (no events, no audit rows):
 * for statistics tests, the demo data and the 100k benchmark. Timestamps are stored as UTC, the way
 * Hibernate stores them ({@code hibernate.jdbc.time_zone=UTC}).
 */
public final class DeviationGenerator {

    /** One generated deviation. {@code handlerId} may be null. */
    public record Row(String title, long categoryId, Severity severity, DeviationStatus status, long reporterId,
            Instant reportedAt, long unitId, Long handlerId, boolean personalData) {
    }

    private static final String SQL = "INSERT INTO deviation (version, created_at, created_by, modified_at, modified_by,"
            + " title, description, occurred_at, location_unit_id, category_id, severity, immediate_action,"
            + " personal_data, status, reporter_id, reported_at, reported_to_unit_id, handler_id, cause, measures,"
            + " learning, closed_at) VALUES (0, ?, 'generator', ?, 'generator', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)";

    private DeviationGenerator() {
    }

    public static int insert(JdbcTemplate jdbc, List<Row> rows) {
        int done = 0;
        List<Object[]> batch = new ArrayList<>(1000);
        for (Row r : rows) {
            Timestamp reported = utc(r.reportedAt());
            boolean closed = r.status() == DeviationStatus.CLOSED;
            batch.add(new Object[] {reported, reported, r.title(), "Generert avvik: " + r.title(),
                utc(r.reportedAt().minusSeconds(3600)), r.unitId(), r.categoryId(), r.severity().name(),
                r.personalData(), r.status().name(), r.reporterId(), reported, r.unitId(), r.handlerId(),
                closed ? "Årsak" : null, closed ? "Tiltak" : null, closed ? "Læring" : null,
                closed ? utc(r.reportedAt().plusSeconds(7 * 86_400)) : null});
            if (batch.size() == 1000) {
                jdbc.batchUpdate(SQL, batch);
                done += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(SQL, batch);
            done += batch.size();
        }
        return done;
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
