package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

class WhistleblowingServiceTest extends ServiceTest {

    @Autowired WhistleblowingService service;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;
    @Autowired WhistleblowingReport report;

    UserAccount receiver;
    String client;

    @BeforeEach
    void data() {
        receiver = org.user("varsling", Roles.WHISTLEBLOWING_RECEIVER);
        client = OrgFixtures.unique("203.0.113");
    }

    private Long caseIdOf(String subject) {
        TestSecurity.runAs(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        return service.page(null, null, PageSlice.first(1000)).stream().filter(r -> r.subject().equals(subject))
                .findFirst().orElseThrow().id();
    }

    @Test
    void citizen_reports_anonymously_and_follows_the_case_with_the_receipt_code() {
        String subject = OrgFixtures.unique("Kritikkverdige forhold ved sykehjem");
        TestSecurity.clear();
        Receipt receipt = service.submitPublic(new ReportDraft(subject, "Beboere får ikke mat til riktig tid",
                LocalDate.now().minusDays(3), "Sykehjemmet", true, "Skal ikke lagres", "ikke@lagres.no"), client);
        assertThat(receipt.code()).matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}");

        ReporterView mine = service.readByReceipt(receipt.code().toLowerCase().replace("-", " "), client);
        assertThat(mine.subject()).isEqualTo(subject);
        assertThat(mine.status()).isEqualTo(CaseStatus.RECEIVED);

        Long id = caseIdOf(subject);
        CaseDetail detail = service.detail(id);
        assertThat(detail.row().channel()).isEqualTo(Channel.PUBLIC);
        assertThat(detail.row().anonymous()).isTrue();
        assertThat(detail.reporterName()).isNull();
        assertThat(detail.reporterContact()).isNull();
        assertThat(detail.reporterUsername()).isNull();
        service.reply(id, "Takk, vi undersøker saken. Når skjedde det sist?", true);
        service.reply(id, "Intern: kontakt virksomhetsleder", false);
        assertThat(notifications.latest(20)).anySatisfy(n -> {
            assertThat(n.getEventType()).isEqualTo("WHISTLEBLOWING_NEW");
            assertThat(n.getMessageKey()).isEqualTo("whistleblowing.notice.new");
            assertThat(n.getMessageArgs()).isEmpty();
        });

        TestSecurity.clear();
        ReporterView withAnswer = service.addInformation(receipt.code(), "Sist i går kveld", client);
        assertThat(withAnswer.thread()).extracting(ReporterView.Line::text)
                .containsExactly("Takk, vi undersøker saken. Når skjedde det sist?", "Sist i går kveld");

        TestSecurity.runAs(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(service.detail(id).thread()).extracting(CaseDetail.Line::author).containsExactly(
                WhistleblowingMessage.Author.RECEIVER, WhistleblowingMessage.Author.RECEIVER,
                WhistleblowingMessage.Author.REPORTER);
        assertThat(notifications.latest(20)).anySatisfy(n ->
                assertThat(n.getEventType()).isEqualTo("WHISTLEBLOWING_MESSAGE"));
        assertThatThrownBy(() -> service.changeStatus(id, service.detail(id).row().version(), CaseStatus.CLOSED, ""))
                .hasMessage("whistleblowing.error.closeNeedsComment");
        service.changeStatus(id, service.detail(id).row().version(), CaseStatus.CLOSED, "Forholdet er rettet");

        TestSecurity.clear();
        assertThat(service.readByReceipt(receipt.code(), client).status()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> service.addInformation(receipt.code(), "Mer", client))
                .hasMessage("whistleblowing.error.closed");
    }

    @Test
    void anonymous_employee_report_stores_no_username_not_even_in_audit_columns_or_revisions() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        String subject = OrgFixtures.unique("Trakassering");
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        service.submitAsEmployee(ReportDraft.anonymous(subject, "Gjentatte kommentarer fra en kollega"));

        Long id = caseIdOf(subject);
        Map<String, Object> row = jdbc.queryForMap(
                "select created_by, modified_by, reporter_username, reporter_name, channel from wb_case where id = ?", id);
        assertThat(row.get("created_by")).isEqualTo("anonym");
        assertThat(row.get("modified_by")).isEqualTo("anonym");
        assertThat(row.get("reporter_username")).isNull();
        assertThat(row.get("channel")).isEqualTo("EMPLOYEE");
        List<String> revisionUsers = jdbc.queryForList(
                "select r.username from revinfo r join wb_case_aud a on a.rev = r.rev where a.id = ?", String.class, id);
        assertThat(revisionUsers).isNotEmpty().doesNotContain(employee.getUsername());
        assertThat(jdbc.queryForObject("select count(*) from wb_case where created_by = ? or modified_by = ?"
                + " or reporter_username = ?", Long.class, employee.getUsername(), employee.getUsername(),
                employee.getUsername())).isZero();
    }

    @Test
    void employee_may_give_her_name() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        String subject = OrgFixtures.unique("Brudd på rutiner");
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        service.submitAsEmployee(new ReportDraft(subject, "Beskrivelse", null, null, false, "Ola Ansatt", "ola@x.no"));
        CaseDetail detail = service.detail(caseIdOf(subject));
        assertThat(detail.reporterUsername()).isEqualTo(employee.getUsername());
        assertThat(detail.reporterName()).isEqualTo("Ola Ansatt");
    }

    @Test
    void the_receipt_code_is_stored_only_as_a_keyed_hash() throws Exception {
        String subject = OrgFixtures.unique("Økonomisk misligheter");
        TestSecurity.clear();
        Receipt receipt = service.submitPublic(ReportDraft.anonymous(subject, "Fakturaer uten levering"), client);
        Long id = caseIdOf(subject);
        String stored = jdbc.queryForObject("select receipt_hash from wb_case where id = ?", String.class, id);
        String plain = receipt.code().replace("-", "");
        String unkeyed = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).hasSize(64).doesNotContain(plain).isNotEqualTo(unkeyed);
        Long found = jdbc.queryForObject("select count(*) from wb_case where receipt_hash in (?, ?, ?)", Long.class,
                plain, receipt.code(), unkeyed);
        assertThat(found).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.ADMIN, Roles.MANAGEMENT, Roles.QUALITY, Roles.LEADER, Roles.POLITICIAN,
            Roles.EMPLOYEE})
    void nobody_but_the_receiver_reads_reports_not_even_admin(String role) {
        String subject = OrgFixtures.unique("Sak");
        TestSecurity.clear();
        service.submitPublic(ReportDraft.anonymous(subject, "Innhold"), client);
        Long id = caseIdOf(subject);

        TestSecurity.runAs("someone-" + role, role);
        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.page(null, null, PageSlice.first(10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.count(null, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.reply(id, "x", true)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(id, 0, CaseStatus.CLOSED, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void management_gets_numbers_per_year_but_admin_and_employees_do_not() {
        TestSecurity.clear();
        service.submitPublic(ReportDraft.anonymous(OrgFixtures.unique("Tall"), "Innhold"), client);
        int year = LocalDate.now().getYear();
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        Map<Integer, Long> counts = service.countPerYear();
        assertThat(counts.get(year)).isPositive();
        assertThat(service.countForYear(year)).isEqualTo(counts.get(year));
        assertThat(service.countForYear(2025 - 100)).isZero();
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        assertThatThrownBy(service::countPerYear).isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(service::countPerYear).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_stored() {
        TestSecurity.runAs(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        long before = service.count(null, null);
        TestSecurity.clear();
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous(" ", "Innhold"), client))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Subject is required"));
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous("Tema", ""), client))
                .hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo("Beskrivelse av forholdet må fylles ut"));
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous("Tema", "x".repeat(5_001)), client))
                .hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous("x".repeat(201), "Innhold"), client))
                .hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous("Tema",
                "<script>fetch('/x')</script>"), client)).hasMessage("validation.field.noMarkup");
        // tomorrow in Norway, as the service reckons it (the JVM's own zone is UTC: from 23:00 to 24:00 UTC, the JVM's
        // tomorrow was Norway's today and the test failed every night)
        assertThatThrownBy(() -> service.submitPublic(new ReportDraft("Tema", "Innhold",
                LocalDate.now(Formats.ZONE).plusDays(1),
                null, true, null, null), client)).hasMessage("whistleblowing.error.futureDate");
        assertThatThrownBy(() -> service.submitPublic(new ReportDraft("Tema", "Innhold", null, "<i>Skolen</i>", true,
                null, null), client)).hasMessage("validation.field.noMarkup")
                .satisfies(e -> assertThat(UserMessages.bokmal(e))
                        .isEqualTo("Hvem eller hva varselet gjelder kan ikke inneholde HTML eller skript"))
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Whom or what the report concerns cannot contain HTML or script"));
        assertThatThrownBy(() -> service.addInformation("AAAA-BBBB-CCCC-DDDD", "<b>hei</b>", client))
                .hasMessage("validation.field.noMarkup")
                .satisfies(e -> assertThat(UserMessages.bokmal(e))
                        .isEqualTo("Tilleggsinformasjon kan ikke inneholde HTML eller skript"))
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Additional information cannot contain HTML or script"));
        TestSecurity.runAs(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(service.count(null, null)).isEqualTo(before);
    }

    @Test
    void wrong_codes_get_one_message_and_guessing_is_rate_limited() {
        TestSecurity.clear();
        assertThatThrownBy(() -> service.readByReceipt("AAAA-BBBB-CCCC-DDDD", client))
                .hasMessage("whistleblowing.error.unknownCode");
        assertThatThrownBy(() -> service.readByReceipt("not a code <script>", client))
                .hasMessage("whistleblowing.error.unknownCode");
        assertThatThrownBy(() -> service.readByReceipt(null, client)).hasMessage("whistleblowing.error.unknownCode");
        for (int i = 3; i < 20; i++) {
            assertThatThrownBy(() -> service.readByReceipt("AAAA-BBBB-CCCC-DDDD", client))
                    .hasMessage("whistleblowing.error.unknownCode");
        }
        assertThatThrownBy(() -> service.readByReceipt("AAAA-BBBB-CCCC-DDDD", client))
                .hasMessage("whistleblowing.error.tooMany");
        for (int i = 0; i < 5; i++) {
            service.submitPublic(ReportDraft.anonymous(OrgFixtures.unique("Flom"), "Innhold"), client);
        }
        assertThatThrownBy(() -> service.submitPublic(ReportDraft.anonymous("Flom", "Innhold"), client))
                .hasMessage("whistleblowing.error.tooMany");
    }

    @Test
    void the_report_chapter_holds_numbers_only() {
        String subject = OrgFixtures.unique("Hemmelig tema");
        TestSecurity.clear();
        service.submitPublic(ReportDraft.anonymous(subject, "Hemmelig innhold"), client);
        int year = LocalDate.now().getYear();
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        no.kommune.portal.base.export.ReportDocument doc = new no.kommune.portal.base.export.ReportDocument("Å", "");
        report.appendChapter(doc, year);
        String all = doc.blocks().toString();
        assertThat(all).contains("Varsling", "I " + year + " ble det mottatt").doesNotContain(subject, "Hemmelig innhold");
        assertThat(WhistleblowingReport.sentence(2025, 0)).isEqualTo("I 2025 ble det ikke mottatt noen varsel.");
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> report.appendChapter(doc, year)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
