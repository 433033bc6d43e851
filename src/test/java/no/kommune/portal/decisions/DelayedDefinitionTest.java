package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 item 2 (one definition of delayed) and item 11 (origin), on the real database: the counters, the
 * filters, the start page and the management figures agree, free-text deadlines become overdue, and the
 * derived columns are kept on every save.
 */
class DelayedDefinitionTest extends ServiceTest {

    @Autowired DecisionRegistry registry;
    @Autowired FollowUpService followUp;
    @Autowired FollowUpFigures figures;
    @Autowired StatusLabelRepository labels;
    @Autowired MandateRepository mandates;
    @Autowired MandateDueDates dueDates;
    @Autowired StartPageService startPage;
    @Autowired OrgFixtures org;
    @Autowired EntityManager em;
    @Autowired TransactionTemplate tx;

    PoliticalBody body;
    OrgUnit unit;
    UserAccount leader;

    @BeforeEach
    void data() {
        body = org.body("Utvalg", BodyType.COMMITTEE, org.municipality());
        unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, unit);
        TestSecurity.runAs("direktor-forsinket", Roles.MANAGEMENT);
    }

    private Map<String, Long> register(LocalDate meetingDate, String caseNumbers, DecisionDraft.MandateDraft... drafts) {
        Decision d = registry.register(new DecisionDraft(body.getId(), meetingDate, caseNumbers, null,
                OrgFixtures.unique("Vedtak"), null, DecisionKind.VERBAL_DECISION, List.of(drafts)));
        Map<String, Long> ids = new java.util.HashMap<>();
        mandates.findByDecisionIdOrderById(d.getId()).forEach(m -> ids.put(m.getTitle(), m.getId()));
        return ids;
    }

    private DecisionDraft.MandateDraft draft(String title, LocalDate deadline, String deadlineText) {
        return new DecisionDraft.MandateDraft(null, title, null, deadline, deadlineText, null, Set.of(leader.getId()),
                unit.getId());
    }

    private void setStatus(Long id, String label, String text) {
        followUp.updateStatus(id, followUp.detail(id).row().version(),
                labels.findFirstByLabelIgnoreCase(label).orElseThrow().getId(), text);
    }

    private FollowUpFilter ofBody() {
        return FollowUpFilter.all().ofBody(body.getId());
    }

    private List<String> titles(FollowUpFilter filter) {
        return followUp.page(filter, PageSlice.first(100)).stream().map(MandateRow::title).toList();
    }

    @Test
    void open_past_the_resolved_deadline_or_reported_forsinket_is_delayed_everywhere_alike() {
        LocalDate today = LocalDate.now(no.kommune.portal.base.Formats.ZONE);
        Map<String, Long> ids = register(LocalDate.of(2024, 12, 12), "KS 145/24",
                draft("Dato passert", today.minusDays(1), null),
                draft("Halvår passert", null, "1. halvår 2020"),
                draft("Måned passert", null, "Oktober 2020"),
                draft("Framtid", null, "Høsten " + (today.getYear() + 5)),
                draft("Rapportert forsinket", today.plusDays(100), null),
                draft("Uklar", null, "hvert år sammen med eierskapsmeldingen"),
                draft("Ferdig for sent", today.minusDays(10), null));
        setStatus(ids.get("Rapportert forsinket"), "Forsinket", "Venter på avklaring");
        setStatus(ids.get("Ferdig for sent"), "Ferdig", "Levert");

        List<String> delayed = List.of("Rapportert forsinket", "Halvår passert", "Måned passert", "Dato passert");
        // the filter, in the list's default order: reported Forsinket first, then by due date
        assertThat(titles(ofBody().overdue())).containsExactlyElementsOf(delayed);
        assertThat(titles(ofBody().withState(MandateState.DELAYED))).containsExactlyElementsOf(delayed);
        // the counters: delayed ones count as Forsinket, not as Ikke startet, and the counters add up
        Map<MandateState, Long> counts = followUp.countsByState(ofBody());
        assertThat(counts).containsEntry(MandateState.DELAYED, 4L).containsEntry(MandateState.OPEN, 2L)
                .containsEntry(MandateState.DONE, 1L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(followUp.count(ofBody()));
        assertThat(titles(ofBody().withState(MandateState.OPEN))).containsExactlyInAnyOrder("Framtid", "Uklar");
        // the rows show the reported status and the computed flag
        MandateRow month = followUp.detail(ids.get("Måned passert")).row();
        assertThat(month.state()).isEqualTo(MandateState.OPEN);
        assertThat(month.overdue()).isTrue();
        assertThat(month.delayedButNotReported()).isTrue();
        assertThat(month.dueDate()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(month.deadlineWithDueDate()).isEqualTo("Oktober 2020 (31.10.2020)");
        assertThat(followUp.detail(ids.get("Uklar")).row().deadlineUnclear()).isTrue();
        assertThat(titles(ofBody().unclear())).containsExactly("Uklar");
        assertThat(followUp.detail(ids.get("Ferdig for sent")).row().overdue()).as("closed is never delayed").isFalse();

        // the management figures count the same mandates
        long areaDelayed = figures.openPerServiceArea().stream().filter(a -> a.unitId().equals(unit.getId()))
                .mapToLong(FollowUpFigures.AreaCount::overdue).sum();
        assertThat(areaDelayed).isEqualTo(4);
        assertThat(figures.overduePerResponsible(1000)).filteredOn(p -> p.userId().equals(leader.getId()))
                .singleElement().satisfies(p -> assertThat(p.overdue()).isEqualTo(4));
    }

    @Test
    void the_politicians_start_page_card_counts_forsinket_as_the_list_does() {
        LocalDate today = LocalDate.now(no.kommune.portal.base.Formats.ZONE);
        register(null, null, draft("Passert", null, "2. tertial 2020"), draft("Ikke passert", today.plusDays(40), null));
        UserAccount politician = org.user("politiker", Roles.POLITICIAN);
        org.seat(body, politician);
        TestSecurity.runAs(politician.getUsername(), Roles.POLITICIAN);

        StartPageCard card = startPage.cards().stream().filter(c -> c.id().equals("start-body-" + body.getId()))
                .findFirst().orElseThrow();
        assertThat(card.figures()).filteredOn(f -> ("decisions.state." + MandateState.DELAYED).equals(f.label()))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(1));
        assertThat(card.figures()).filteredOn(f -> "decisions.start.overdue".equals(f.label()))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(followUp.count(ofBody().overdue())));
    }

    @Test
    void derived_columns_follow_every_save_and_are_computed_for_rows_saved_before_they_existed() {
        Long id = register(null, null, draft("Sen", null, "1. halvår 2021")).get("Sen");
        Mandate m = mandates.findById(id).orElseThrow();
        assertThat(m.getDueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(m.getDelayedSince()).isEqualTo(LocalDate.of(2021, 7, 1));
        setStatus(id, "Bortfalt", "Vedtaket er opphevet");
        assertThat(mandates.findById(id).orElseThrow().getDelayedSince()).as("closed: never delayed").isNull();

        // a row as changeset 110 leaves it: columns not computed yet
        tx.executeWithoutResult(s -> em.createNativeQuery("update mandate set attention_order = -1, due_date = null,"
                + " delayed_since = null where id = " + id).executeUpdate());
        dueDates.computeMissing();
        Mandate recomputed = mandates.findById(id).orElseThrow();
        assertThat(recomputed.getDueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(recomputed.getAttentionOrder()).isNotNegative();
    }

    @Test
    void the_delayed_condition_is_a_range_on_an_indexed_column() {
        List<?> plan = tx.execute(s -> em.createNativeQuery(
                "explain select count(*) from mandate where delayed_since <= current_date").getResultList());
        assertThat(plan).singleElement().satisfies(row ->
                assertThat(java.util.Arrays.toString((Object[]) row)).contains("ix_mandate_delayed_since"));
    }

    @Test
    void a_mandate_keeps_its_origin_and_the_earlier_years_filter_finds_the_old_open_ones() {
        int thisYear = LocalDate.now(no.kommune.portal.base.Formats.ZONE).getYear();
        Long old = register(LocalDate.of(2014, 5, 7), "KS 038/14; KS 012/20", draft("Gammelt", null, null)).get("Gammelt");
        Long oldDone = register(LocalDate.of(2016, 1, 1), "KS 001/16", draft("Gammelt ferdig", null, null))
                .get("Gammelt ferdig");
        setStatus(oldDone, "Ferdig", "Levert");
        register(LocalDate.of(thisYear, 1, 15), "KS 001/" + (thisYear % 100), draft("Nytt", null, null));

        MandateRow row = followUp.detail(old).row();
        assertThat(row.originYear()).isEqualTo(2014);
        assertThat(row.originDate()).isEqualTo(LocalDate.of(2014, 5, 7));
        assertThat(row.originCase()).isEqualTo("KS 038/14");
        assertThat(row.originBodyName()).isEqualTo(body.getName());
        assertThat(row.originDisplay()).isEqualTo("KS 038/14 · 07.05.2014 · " + body.getName());
        assertThat(titles(ofBody().earlierYears())).containsExactly("Gammelt");
    }

    @Test
    void the_origin_body_is_the_one_the_first_case_number_names() {
        PoliticalBody ks = org.bodyNamed("Kommunestyret", "KS", BodyType.COUNCIL);
        PoliticalBody fsk = org.bodyNamed("Formannskapet", "FSK", BodyType.EXECUTIVE_COMMITTEE);
        assertThat(DecisionOrigin.bodyOfCase("KS 094/22", List.of(fsk, ks))).contains(ks);
        assertThat(DecisionOrigin.bodyOfCase("FSK 147/20", List.of(fsk, ks))).contains(fsk);
        assertThat(DecisionOrigin.bodyOfCase("20/854", List.of(fsk, ks))).isEmpty();
        assertThat(DecisionOrigin.firstCase("KS 094/22; FSK 091/25; KS 062/25")).isEqualTo("KS 094/22");
    }

    @Test
    void employees_get_no_counts() {
        TestSecurity.runAs("ansatt-forsinket", Roles.EMPLOYEE);
        assertThatThrownBy(() -> followUp.countsByState(FollowUpFilter.all()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
