package no.kommune.portal.whistleblowing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.whistleblowing.PublicRateLimit;
import no.kommune.portal.whistleblowing.WhistleblowingTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 9, item 1: an employee who reports anonymously from inside the portal, and later adds information with
 * her receipt code while still signed in, is named in no row: not the case, not the thread, not the notices to
 * the receivers, and in none of their Envers history rows or revisions. Run inside a real (mocked) Vaadin
 * session, where the security context comes from the Vaadin session, which is where swapping it failed.
 */
class AnonymousReportWhileSignedInTest extends KaribuTest {

    @Autowired PublicRateLimit rateLimit;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;

    UserAccount employee;

    @BeforeEach
    void data() {
        WhistleblowingTestSupport.resetRateLimit(rateLimit);
        employee = org.user("varsler", Roles.EMPLOYEE);
        org.user("mottaker", Roles.WHISTLEBLOWING_RECEIVER);
    }

    @Test
    void signed_in_employee_reporting_anonymously_and_adding_information_is_recorded_nowhere() {
        login(employee.getUsername(), Roles.EMPLOYEE);
        keepContextInVaadinSessionLikeARealLogin();
        UI.getCurrent().navigate(EmployeeReportView.class);
        EmployeeReportView report = _get(EmployeeReportView.class);
        String subject = OrgFixtures.unique("Uforsvarlig bemanning");
        report.form.subject.setValue(subject);
        report.form.description.setValue("Nattevakten er alene med tolv beboere");
        assertThat(report.form.anonymous.getValue()).as("anonymous is ticked by default").isTrue();
        _click(report.send);
        String code = report.receipt.code.getText();

        UI.getCurrent().navigate(ReceiptLookupView.class);
        ReceiptLookupView lookup = _get(ReceiptLookupView.class);
        lookup.code.setValue(code);
        _click(lookup.open);
        lookup.addition.setValue("Det gjelder også helgene");
        _click(lookup.addButton);
        assertThat(lookup.shown.thread()).extracting(l -> l.text()).containsExactly("Det gjelder også helgene");

        Long caseId = jdbc.queryForObject("select id from wb_case where subject = ?", Long.class, subject);
        List<Long> messageIds = jdbc.queryForList("select id from wb_message where case_id = ?", Long.class, caseId);
        assertThat(messageIds).hasSize(1);
        List<Long> noticeIds = jdbc.queryForList("select id from notification where dedupe_key = ? or dedupe_key = ?",
                Long.class, "wb-new-" + caseId, "wb-message-" + messageIds.get(0));
        assertThat(noticeIds).as("both notices reached the receivers").hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("select coalesce(message_args, '') from notification where id in ("
                + String.join(",", noticeIds.stream().map(String::valueOf).toList()) + ")", String.class))
                .as("a whistleblowing notice carries no text of the report").containsOnly("");

        assertThat(jdbc.queryForObject("select reporter_username from wb_case where id = ?", String.class, caseId))
                .isNull();
        assertOnlyAnonymous("wb_case", List.of(caseId));
        assertOnlyAnonymous("wb_message", messageIds);
        assertOnlyAnonymous("notification", noticeIds);
    }

    /**
     * After a real form login the security context lives in the HTTP session, and Vaadin's context-holder
     * strategy reads it from there before the thread-local one: that is why swapping the thread-local context
     * to an anonymous one did not take effect. Reproduce it here.
     */
    private static void keepContextInVaadinSessionLikeARealLogin() {
        VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_CONTEXT",
                SecurityContextHolder.getContext());
    }

    /** Audit columns of the rows, of their _aud rows, and the revisions those belong to, say "anonym" only. */
    private void assertOnlyAnonymous(String table, List<Long> ids) {
        for (Long id : ids) {
            List<String> names = jdbc.queryForList("select created_by from " + table + " where id = ?"
                    + " union select modified_by from " + table + " where id = ?", String.class, id, id);
            assertThat(names).as(table + " #" + id).containsExactly("anonym");
            List<String> audited = jdbc.queryForList("select created_by from " + table + "_aud where id = ?"
                    + " union select modified_by from " + table + "_aud where id = ?", String.class, id, id);
            assertThat(audited).as(table + "_aud #" + id).containsExactly("anonym");
            List<String> revisions = jdbc.queryForList("select distinct r.username from revinfo r join " + table
                    + "_aud a on a.rev = r.rev where a.id = ?", String.class, id);
            assertThat(revisions).as("revinfo of " + table + " #" + id).containsExactly("anonym");
        }
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where created_by = ? or modified_by = ?",
                Long.class, employee.getUsername(), employee.getUsername())).as(table + " naming her").isZero();
    }
}
