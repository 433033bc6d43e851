package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Changeset 410 removes the reporter's username from rows written before the acting-identity fix. The rows are
 * written here the way the old code wrote them, then the changeset's SQL is run again on them.
 */
class ScrubAnonymousReportersChangesetTest extends ServiceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    String reporter;
    String receiver;
    String namedReporter;

    @BeforeEach
    void names() {
        reporter = OrgFixtures.unique("kari");
        receiver = OrgFixtures.unique("mottaker");
        namedReporter = OrgFixtures.unique("per");
    }

    @Test
    void anonymous_reporters_name_is_replaced_everywhere_and_other_names_are_kept() throws Exception {
        // An anonymous case the employee reported while signed in, a receiver's status change, her added
        // information, and the notices to the receiver (one read by the receiver).
        int reported = revision(reporter);
        long caseId = insertCase(true, reporter, null, reported);
        int statusChanged = revision(receiver);
        jdbc.update("update wb_case set modified_by = ?, status = 'IN_PROGRESS' where id = ?", receiver, caseId);
        jdbc.update("insert into wb_case_aud (id, rev, revtype, created_by, modified_by, anonymous, status)"
                + " values (?, ?, 1, ?, ?, true, 'IN_PROGRESS')", caseId, statusChanged, reporter, receiver);
        int added = revision(reporter);
        long messageId = insertMessage(caseId, "REPORTER", reporter, added);
        int answered = revision(receiver);
        long answerId = insertMessage(caseId, "RECEIVER", receiver, answered);
        long newNotice = insertNotice("wb-new-" + caseId, reporter, receiver, reported);
        long messageNotice = insertNotice("wb-message-" + messageId, reporter, reporter, added);
        // A named report: the reporter chose to be known, nothing changes.
        int namedRev = revision(namedReporter);
        long namedCase = insertCase(false, namedReporter, namedReporter, namedRev);

        runChangeset();

        assertThat(column("wb_case", "created_by", caseId)).isEqualTo("anonym");
        assertThat(column("wb_case", "modified_by", caseId)).isEqualTo(receiver);
        assertThat(jdbc.queryForList("select created_by from wb_case_aud where id = ?", String.class, caseId))
                .containsOnly("anonym");
        assertThat(jdbc.queryForObject("select modified_by from wb_case_aud where id = ? and rev = ?", String.class,
                caseId, statusChanged)).isEqualTo(receiver);
        assertThat(column("wb_message", "created_by", messageId)).isEqualTo("anonym");
        assertThat(column("wb_message_aud", "created_by", messageId)).isEqualTo("anonym");
        assertThat(column("wb_message", "created_by", answerId)).isEqualTo(receiver);
        assertThat(column("notification", "created_by", newNotice)).isEqualTo("anonym");
        assertThat(column("notification", "modified_by", newNotice)).as("the receiver read it").isEqualTo(receiver);
        assertThat(column("notification", "created_by", messageNotice)).isEqualTo("anonym");
        assertThat(column("notification", "modified_by", messageNotice)).isEqualTo("anonym");
        assertThat(jdbc.queryForList("select created_by from notification_aud where id in (?, ?)"
                + " union select modified_by from notification_aud where id = ?", String.class,
                newNotice, messageNotice, messageNotice)).containsOnly("anonym");
        assertThat(revisionUser(reported)).isEqualTo("anonym");
        assertThat(revisionUser(added)).isEqualTo("anonym");
        assertThat(revisionUser(statusChanged)).isEqualTo(receiver);
        assertThat(revisionUser(answered)).isEqualTo(receiver);

        assertThat(column("wb_case", "created_by", namedCase)).isEqualTo(namedReporter);
        assertThat(column("wb_case", "reporter_username", namedCase)).isEqualTo(namedReporter);
        assertThat(revisionUser(namedRev)).isEqualTo(namedReporter);

        for (String table : List.of("wb_case", "wb_case_aud", "wb_message", "wb_message_aud", "notification",
                "notification_aud")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where created_by = ? or modified_by = ?",
                    Long.class, reporter, reporter)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from revinfo where username = ?", Long.class, reporter))
                .isZero();
    }

    private void runChangeset() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new FileSystemResource("db/changelog/410-scrub-anonymous-reporters.sql"));
        }
    }

    private String column(String table, String column, long id) {
        return jdbc.queryForObject("select " + column + " from " + table + " where id = ? limit 1", String.class, id);
    }

    private String revisionUser(int rev) {
        return jdbc.queryForObject("select username from revinfo where rev = ?", String.class, rev);
    }

    private int revision(String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into revinfo (revtstmp, username) values (?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, username);
            return ps;
        }, key);
        return key.getKey().intValue();
    }

    private long insertCase(boolean anonymous, String by, String reporterUsername, int rev) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert("insert into wb_case (created_at, created_by, modified_at, modified_by, receipt_hash, channel,"
                + " anonymous, reporter_username, subject, description, status, received_at, received_year)"
                + " values (?, ?, ?, ?, ?, 'EMPLOYEE', ?, ?, 'Tema', 'Innhold', 'RECEIVED', ?, 2026)",
                now, by, now, by, OrgFixtures.unique("hash"), anonymous, reporterUsername, now);
        jdbc.update("insert into wb_case_aud (id, rev, revtype, created_by, modified_by, anonymous, reporter_username)"
                + " values (?, ?, 0, ?, ?, ?, ?)", id, rev, by, by, anonymous, reporterUsername);
        return id;
    }

    private long insertMessage(long caseId, String author, String by, int rev) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert("insert into wb_message (created_at, created_by, modified_at, modified_by, case_id, author,"
                + " visible_to_reporter, body) values (?, ?, ?, ?, ?, ?, true, 'Tekst')", now, by, now, by, caseId, author);
        jdbc.update("insert into wb_message_aud (id, rev, revtype, created_by, modified_by, case_id, author)"
                + " values (?, ?, 0, ?, ?, ?, ?)", id, rev, by, by, caseId, author);
        return id;
    }

    private long insertNotice(String dedupeKey, String createdBy, String modifiedBy, int rev) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = insert("insert into notification (created_at, created_by, modified_at, modified_by, recipient,"
                + " event_type, dedupe_key, message_key) values (?, ?, ?, ?, ?, 'WHISTLEBLOWING_NEW', ?, 'k')",
                now, createdBy, now, modifiedBy, receiver, dedupeKey);
        jdbc.update("insert into notification_aud (id, rev, revtype, created_by, modified_by, dedupe_key)"
                + " values (?, ?, 0, ?, ?, ?)", id, rev, createdBy, createdBy, dedupeKey);
        return id;
    }

    private long insert(String sql, Object... args) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }
}
