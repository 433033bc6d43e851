package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** Changeset 411 gives old notices of confidential forwards the new form and blanks mails that carried the comment. */
class ConfidentialNoticesChangesetTest extends ServiceTest {

    @Autowired DeviationService deviations;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void old_notices_and_mails_of_confidential_forwards_lose_the_comment_and_others_are_kept() throws Exception {
        OrgUnit kommune = org.municipality();
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit unit = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        OrgUnit otherArea = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        UserAccount employee = org.memberOf(org.user("ansatt", Roles.EMPLOYEE), unit);
        UserAccount leader = org.user("leder", Roles.LEADER);
        UserAccount otherLeader = org.user("annenleder", Roles.LEADER);
        org.lead(leader, area);
        org.lead(otherLeader, otherArea);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long id = deviations.report(new DeviationDraft("Feil medisin", "Beskrivelse", LocalDateTime.now().minusHours(1),
                unit.getId(), null, deviations.categories().getFirst().getId(), Severity.HIGH, null, true)).id();
        String secret = OrgFixtures.unique("Beboer Olsen har diagnose");
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        deviations.forward(id, deviations.detail(id).version(), otherArea.getId(), secret);

        // What the old code wrote: the comment as third argument, and a mail that quoted it.
        String oldKey = "deviation-" + id + "-assigned-old";
        jdbc.update("insert into notification (created_at, created_by, modified_at, modified_by, recipient, event_type,"
                + " dedupe_key, message_key, message_args) values (now(6), 'x', now(6), 'x', ?, 'DEVIATION_FORWARDED', ?,"
                + " 'deviations.notice.forwarded', ?)", otherLeader.getUsername(), oldKey,
                id + "\u001f" + unit.getName() + "\u001f" + secret);
        String mailBody = "Hei,\n\nAvvik #" + id + " er videresendt til deg fra " + unit.getName() + ": " + secret;
        jdbc.update("insert into mail_outbox (created_at, created_by, modified_at, modified_by, recipient, subject, body,"
                + " kind, status) values (now(6), 'system', now(6), 'system', ?, 'Oppfølgingsportalen: Avvik', ?,"
                + " 'SINGLE', 'NOT_SENT_MAIL_OFF')", otherLeader.getUsername(), mailBody);
        String harmless = OrgFixtures.unique("Fristen nærmer seg");
        jdbc.update("insert into mail_outbox (created_at, created_by, modified_at, modified_by, recipient, subject, body,"
                + " kind, status) values (now(6), 'system', now(6), 'system', ?, 'Oppfølgingsportalen: Frist', ?,"
                + " 'SINGLE', 'NOT_SENT_MAIL_OFF')", otherLeader.getUsername(), harmless);

        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new FileSystemResource("db/changelog/411-confidential-notices-without-free-text.sql"));
        }

        assertThat(jdbc.queryForMap("select message_key, message_args from notification where dedupe_key = ?", oldKey))
                .containsEntry("message_key", "deviations.notice.forwardedConfidential")
                .containsEntry("message_args", String.valueOf(id));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body like ?", Long.class,
                "%" + secret + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body = ?", Long.class, harmless))
                .as("other mails are kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from deviation_event where deviation_id = ? and comment = ?",
                Long.class, id, secret)).as("the comment stays in the history").isEqualTo(1);
    }
}
