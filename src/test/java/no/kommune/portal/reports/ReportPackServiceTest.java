package no.kommune.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The report pack: chapters from the period's snapshot, built in the background, downloadable by its orderer. */
class ReportPackServiceTest extends ServiceTest {

    private static int nextYear = 2060;

    @Autowired ReportPackService packs;
    @Autowired PeriodService periods;
    @Autowired FollowUpService followUp;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;
    @Autowired ReportPackRepository repository;
    @Autowired no.kommune.portal.base.BackgroundWork background;
    @Autowired no.kommune.portal.organisation.CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;

    /** A closed period in which the mandate had one status; after closing it gets another. */
    private ReportingPeriod closedPeriodWithChangeAfterwards(Long mandateId, String tag) {
        periods.all().stream().filter(ReportingPeriod::isOpen).forEach(p -> periods.close(p.getId()));
        int year = nextYear++;
        ReportingPeriod period = periods.open(ReportingPeriod.Type.TERTIAL_1, year);
        followUp.updateStatus(mandateId, followUp.detail(mandateId).row().version(), label("Iht. plan"),
                "Spørreundersøkelse sendt " + tag);
        periods.close(period.getId());
        followUp.updateStatus(mandateId, followUp.detail(mandateId).row().version(), label("Ferdig"),
                "Orienteringssak 38/21 " + tag);
        return periods.all().stream().filter(p -> p.getId().equals(period.getId())).findFirst().orElseThrow();
    }

    private Long label(String name) {
        return followUp.statusLabels().stream().filter(l -> l.getLabel().equals(name)).findFirst().orElseThrow().getId();
    }

    private Long mandate(PoliticalBody body) {
        OrgUnit unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, unit);
        return fixtures.mandate(body, "Kartlegging behov barnehage", null, leader, unit);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // table cells wrap their text, so compare with all whitespace as single spaces
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_pack_for_a_closed_period_has_the_chapters_and_the_frozen_statuses() throws Exception {
        PoliticalBody body = fixtures.body();
        Long mandateId = mandate(body);
        TestSecurity.runAs("direktor-rapport", Roles.MANAGEMENT);
        ReportingPeriod period = closedPeriodWithChangeAfterwards(mandateId, "nr" + mandateId);

        String text = pdfText(ExportFormat.PDF.write(packs.build(period)));

        assertThat(text).contains("Rapportpakke – " + period.getName(), "Oppfølging av vedtak og oppdrag",
                body.getName(), "Kartlegging behov barnehage", "Spørreundersøkelse sendt nr" + mandateId,
                "Internkontroll – status sjekkliste", "Avvik", "Tilsyn og revisjoner", "Varsling");
        assertThat(text.indexOf("Oppfølging av vedtak og oppdrag")).as("chapters in the annual report's order")
                .isLessThan(text.indexOf("Internkontroll – status sjekkliste"));
        assertThat(text).as("the status set after the period was closed is not in its report")
                .doesNotContain("Orienteringssak 38/21 nr" + mandateId);
    }

    @Test
    void the_pack_for_the_open_period_says_its_period_and_prints_one_table_per_body_with_delayed_marked()
            throws Exception {
        PoliticalBody body = fixtures.body();
        OrgUnit unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        Long late = fixtures.mandate(body, "Utrede skolestruktur", java.time.LocalDate.now().minusDays(20), leader, unit);
        fixtures.mandate(body, "Kartlegge barnehagebehov", java.time.LocalDate.now().plusDays(200), leader, unit);
        TestSecurity.runAs("direktor-åpen", Roles.MANAGEMENT);
        periods.all().stream().filter(ReportingPeriod::isOpen).forEach(p -> periods.close(p.getId()));
        ReportingPeriod open = periods.open(ReportingPeriod.Type.TERTIAL_2, nextYear++);

        var doc = packs.build(open);
        String pdf = pdfText(ExportFormat.PDF.write(doc));

        assertThat(pdf).contains("Perioden rapporten gjelder: " + open.getName() + " (01.05." + open.getYear()
                + "–31.08." + open.getYear() + "). Perioden er åpen");
        int chapter = pdf.indexOf(body.getName());
        assertThat(chapter).isPositive();
        // narrow table cells wrap, so the PDF is checked word by word and the exact cells in the docx below
        assertThat(pdf.substring(chapter)).contains("Oppdrag", "Beskrivelse", "Status", "Saksref", "Oppdragseier",
                "Ansvarlig", "Utrede skolestruktur", "FORSINKET");
        String lateStatus = "Ikke startet – FORSINKET, frist "
                + no.kommune.portal.base.Formats.date(followUp.detail(late).row().dueDate());
        // one table for the body, not one per decision
        // (other tests' bodies are in the same database: only this body's tables count)
        assertThat(doc.blocks()).filteredOn(b -> b instanceof no.kommune.portal.base.export.ReportDocument.Table t
                && t.name().equals(body.getName())
                && t.columns().equals(no.kommune.portal.decisions.FollowUpReport.PACK_COLUMNS)).hasSize(1);
        var table = doc.blocks().stream().filter(b -> b instanceof no.kommune.portal.base.export.ReportDocument.Table t
                && t.name().equals(body.getName()))
                .map(no.kommune.portal.base.export.ReportDocument.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("Pkt. 1 Utrede skolestruktur (åpent siden 2025)"));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                ExportFormat.DOCX.write(doc)))) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Perioden rapporten gjelder: " + open.getName(), body.getName());
            assertThat(docx.getTables()).anySatisfy(t -> {
                assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText())
                        .containsExactlyElementsOf(no.kommune.portal.decisions.FollowUpReport.PACK_COLUMNS);
                assertThat(t.getText()).contains(lateStatus, "PS-021/25 (20/854)");
            });
        }
    }

    @Test
    void a_pack_is_made_in_the_background_and_only_its_orderer_downloads_it() throws Exception {
        PoliticalBody body = fixtures.body();
        Long mandateId = mandate(body);
        TestSecurity.runAs("direktor-bestiller", Roles.MANAGEMENT);
        ReportingPeriod period = closedPeriodWithChangeAfterwards(mandateId, "nr" + mandateId);

        ReportPackSummary ordered = packs.request(period.getId(), ReportPack.Format.DOCX);
        assertThat(ordered.periodName()).isEqualTo(period.getName());
        ReportPackSummary done = waitUntilFinished(ordered.id());
        assertThat(done.status()).isEqualTo(ReportPack.Status.DONE);
        assertThat(done.fileName()).endsWith(".docx");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(packs.content(done.id())))) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("Oppfølging av vedtak og oppdrag", body.getName());
        }
        assertThat(notifications.latest(20)).anySatisfy(n -> {
            assertThat(n.getMessageKey()).isEqualTo("reports.notice.ready");
            assertThat(n.getLink()).isEqualTo("rapporter");
        });

        TestSecurity.runAs("direktor-annen", Roles.MANAGEMENT);
        assertThatThrownBy(() -> packs.content(done.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leaders_cannot_order_a_pack_and_a_period_must_be_chosen() {
        TestSecurity.runAs("leder-rapport", Roles.LEADER);
        assertThatThrownBy(() -> packs.request(1L, ReportPack.Format.PDF)).isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs("direktor-tom", Roles.MANAGEMENT);
        assertThatThrownBy(() -> packs.request(null, ReportPack.Format.PDF)).isInstanceOf(UserFacingException.class)
                .hasMessage("reports.error.periodRequired");
        assertThat(packs.mine(10)).isEmpty();
    }

    @Test
    void a_pack_left_pending_by_a_stopped_node_is_ended_and_a_pack_being_made_is_not() {
        TestSecurity.runAs("direktor-avbrutt", Roles.MANAGEMENT);
        // any period will do (a pack only names it); open one only when the database has none yet
        Long periodId = periods.all().stream().findFirst()
                .orElseGet(() -> periods.open(ReportingPeriod.Type.ANNUAL, nextYear++)).getId();
        ReportPack abandoned = repository.save(new ReportPack(periodId, "avbrutt", ReportPack.Format.PDF,
                "direktor-avbrutt"));
        ReportPack fresh = repository.save(new ReportPack(periodId, "fersk", ReportPack.Format.PDF,
                "direktor-avbrutt"));
        jdbc.update("UPDATE report_pack SET created_at = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(2))), abandoned.getId());

        assertThat(packs.failAbandoned(Duration.ofMinutes(30))).isEqualTo(1);

        assertThat(packs.mine(10)).filteredOn(p -> p.id().equals(abandoned.getId())).singleElement()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(ReportPack.Status.FAILED);
                    assertThat(p.error()).isEqualTo(ReportPackSummary.ABANDONED);
                });
        assertThat(packs.mine(10)).filteredOn(p -> p.id().equals(fresh.getId())).singleElement()
                .satisfies(p -> assertThat(p.pending()).as("a pack ordered just now is left alone").isTrue());
    }

    /**
     * The intermittent CI failure: with several application contexts in one JVM, the global security-context
     * strategy is another context's, and background work that set only that one failed every @PreAuthorize here.
     */
    @Test
    void background_work_runs_as_its_orderer_even_when_the_global_security_strategy_is_another_applications()
            throws Exception {
        TestSecurity.runAs("direktor-bakgrunn", Roles.MANAGEMENT);
        var global = SecurityContextHolder.getContextHolderStrategy();
        var another = new com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(another);
        try {
            var periodsInBackground = background.submit(() -> packs.periods());
            assertThat(periodsInBackground.get(30, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
            var whoInBackground = background.submit(() -> currentUser.requireUsername());
            assertThat(whoInBackground.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("direktor-bakgrunn");
        } finally {
            SecurityContextHolder.setContextHolderStrategy(global);
        }
    }

    private ReportPackSummary waitUntilFinished(Long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ReportPackSummary now = packs.mine(50).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
            if (!now.pending()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Report pack not finished within 60 s");
    }
}
