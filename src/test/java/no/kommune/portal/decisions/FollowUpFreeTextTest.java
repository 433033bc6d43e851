package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The follow-up list's free-text filter through the FULLTEXT indexes (decision 026), against the real database (the
 * embedded MariaDB, and the MariaDB server in CI). Every test registers its decisions in a body of its own and
 * searches within it, so rows of other tests never match; the fixtures commit, as InnoDB's full-text index sees
 * only committed rows.
 */
class FollowUpFreeTextTest extends ServiceTest {

    @Autowired FollowUpService service;
    @Autowired DecisionRegistry registry;
    @Autowired MandateRepository mandates;
    @Autowired StatusLabelRepository labels;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListQueries lists;
    @Autowired MandateTextCandidates textCandidates;

    PoliticalBody body;
    OrgUnit oppvekst;
    OrgUnit helse;
    UserAccount leader;
    UserAccount otherLeader;

    @BeforeEach
    void data() {
        body = fixtures.body();
        OrgUnit kommune = org.municipality();
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        helse = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        leader = org.user("leder", Roles.LEADER);
        otherLeader = org.user("leder2", Roles.LEADER);
        org.lead(leader, oppvekst);
        org.lead(otherLeader, helse);
    }

    /** One decision with one mandate in this test's body, responsible and unit as given; returns the mandate id. */
    private Long mandate(String caseNumbers, String decisionTitle, String title, String description, UserAccount who,
            OrgUnit unit) {
        TestSecurity.runAs("fixture-direktor", Roles.MANAGEMENT);
        Decision d = registry.register(new DecisionDraft(body.getId(), LocalDate.of(2025, 3, 27), caseNumbers, null,
                decisionTitle, null, DecisionKind.POLITICAL_CASE, List.of(new DecisionDraft.MandateDraft(null, title,
                        description, null, null, null, Set.of(who.getId()), unit.getId()))));
        TestSecurity.clear();
        return mandates.findByDecisionIdOrderById(d.getId()).getFirst().getId();
    }

    private Long mandate(String decisionTitle, String title, String description) {
        return mandate(null, decisionTitle, title, description, leader, oppvekst);
    }

    private void statusText(Long id, String text) {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.updateStatus(id, service.detail(id).row().version(),
                labels.findFirstByLabelIgnoreCase("Iht. plan").orElseThrow().getId(), text);
        TestSecurity.clear();
    }

    private FollowUpFilter text(String text) {
        return new FollowUpFilter(body.getId(), null, null, null, null, false, false, text, false);
    }

    /**
     * The ids the list shows for {@code text} as management. The count must agree with the page, and so must the
     * query without the candidate ids (what runs when every word is common, {@link MandateTextCandidates}).
     */
    private List<Long> found(String text) {
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        FollowUpFilter filter = text(text);
        List<Long> ids = service.page(filter, PageSlice.first(50)).stream().map(MandateRow::id).toList();
        assertThat(service.count(filter)).as("count for '%s'", text).isEqualTo(ids.size());
        MandateSpecifications.Context ctx = service.context(filter);
        List<Long> walked = lists.page(Mandate.class,
                (root, query, cb) -> MandateSpecifications.where(filter, root, cb, query, ctx, null),
                MandateSpecifications.order(PageSlice.first(50)), PageSlice.first(50)).stream().map(Mandate::getId)
                .toList();
        assertThat(walked).as("'%s' without candidate ids", text).isEqualTo(ids);
        return ids;
    }

    @Test
    void the_index_is_built_with_the_token_size_the_search_assumes() {
        assertThat(jdbc.queryForObject("SELECT @@innodb_ft_min_token_size", Integer.class))
                .as("FreeText.MIN_TOKEN, decision 026").isEqualTo(no.kommune.portal.base.FreeText.MIN_TOKEN);
        assertThat(jdbc.queryForObject("SELECT @@innodb_ft_max_token_size", Integer.class))
                .isEqualTo(no.kommune.portal.base.FreeText.MAX_TOKEN);
    }

    @Test
    void words_match_in_any_order_and_each_word_must_match() {
        Long both = mandate("Utbygging", "Ny barnehage på Løkken", "Tomt og regulering");
        Long one = mandate("Utbygging", "Ny barnehage på Hitterdalen", "Tomt");
        mandate("Skole", "Rehabilitering av skolen", "Tak og vinduer");

        assertThat(found("barnehage løkken")).containsExactly(both);
        assertThat(found("løkken barnehage")).containsExactly(both);
        assertThat(found("barnehage")).containsExactlyInAnyOrder(both, one);
        assertThat(found("barnehage tomt regulering")).containsExactly(both);
        assertThat(found("barnehage skolen")).isEmpty();
    }

    @Test
    void a_word_finds_words_that_begin_with_it() {
        Long id = mandate("Sektorplan", "Barnehagedekning i sentrum", "Kartlegging av behovet");

        assertThat(found("barneh")).containsExactly(id);
        assertThat(found("barnehage")).as("the first part of a compound").containsExactly(id);
        assertThat(found("kartleg behov")).containsExactly(id);
        assertThat(found("hagedekning")).as("not the end of a compound (decision 026)").isEmpty();
    }

    @Test
    void norwegian_letters_in_any_case() {
        Long id = mandate("Vedtak", "Øvre Ærlig åpen gård", "Særskilt tilrettelegging for ærfugl");

        assertThat(found("øvre")).containsExactly(id);
        assertThat(found("ØVRE")).containsExactly(id);
        assertThat(found("ærli")).containsExactly(id);
        assertThat(found("ÅPEN GÅRD")).containsExactly(id);
        assertThat(found("særskilt ærfugl")).containsExactly(id);
        assertThat(found("a\u030apen")).as("å typed as a with a combining ring").containsExactly(id);
    }

    @Test
    void words_match_in_the_mandate_its_status_text_and_its_decision() {
        Long inDecision = mandate("Boligsosial handlingsplan", "Kartlegge behov", "Ingen beskrivelse");
        Long inStatus = mandate("Vedtak", "Oppfølging", "Beskrivelse");
        statusText(inStatus, "Venter på trafikksikkerhetsplanen");

        assertThat(found("boligsosial")).containsExactly(inDecision);
        assertThat(found("boligsosial kartlegge")).as("one word in the decision, the other in the mandate")
                .containsExactly(inDecision);
        assertThat(found("trafikksikkerhetsplanen")).containsExactly(inStatus);
    }

    @Test
    void short_words_and_stopwords_narrow_the_search_instead_of_emptying_it() {
        Long ny = mandate("Vedtak", "Ny barnehage", "Bygges i 2027");
        Long gammel = mandate("Vedtak", "Gammel barnehage", "Rives");
        Long lav = mandate("Vedtak", "For lav bemanning", "Turnus");

        assertThat(found("ny barnehage")).containsExactly(ny);
        assertThat(found("ny")).containsExactly(ny);
        assertThat(found("i barnehage")).containsExactlyInAnyOrder(ny, gammel);
        assertThat(found("for bemanning")).containsExactly(lav);
        assertThat(found("for")).containsExactly(lav);
        assertThat(found("lav the")).isEmpty();
    }

    @Test
    void case_numbers_are_found_whole_in_part_and_in_the_mandates_text() {
        Long decision = mandate("PS 2024/123, 24/1234-5", "Budsjett", "Rammer", "Drift", leader, oppvekst);
        Long other = mandate("PS-021/25", "Regnskap", "Årsregnskap", "Revisjon", leader, oppvekst);
        Long inText = mandate("Vedtak", "Oppfølging", "Jamfør sak 2024/987 i formannskapet");
        statusText(inText, "Lagt fram i sak 82/21");

        assertThat(found("2024/123")).containsExactly(decision);
        assertThat(found("24/1234-5")).containsExactly(decision);
        assertThat(found("2024/12")).as("part of a case number, in the decision's case numbers")
                .containsExactly(decision);
        assertThat(found("PS-021/25")).containsExactly(other);
        assertThat(found("ps 021/25")).containsExactly(other);
        assertThat(found("2024/987")).as("a case number in the mandate's description").containsExactly(inText);
        assertThat(found("82/21")).as("a case number of short parts, in the status text").containsExactly(inText);
        assertThat(found("2024/999")).isEmpty();
    }

    @Test
    void operators_quotes_markup_and_formulas_in_the_input_are_text_never_an_error() {
        Long id = mandate("Vedtak", "Barnehage med 50% dekning", "Se skjema a_b og \"sitat\"");

        for (String input : List.of("\"", "*", "+-", "@@", "-", "()", "~", "<>", "\"\"\"", "+barnehage -skole*",
                "barnehage*", "\"barnehage\"", "(barnehage)", "<script>alert('x')</script>", "=SUM(A1:A2)",
                "=HYPERLINK(\"http://x\")", "'; drop table mandate; --", "\\", "50%", "a_b", "%", "_", "!",
                "barnehage @distance 3", "@3", "\"barnehage", "barnehage\"", "><", "+", "**", "ø*", "x".repeat(300))) {
            assertThat(found(input)).as("input %s", input).isNotNull();
        }
        assertThat(found("\"barnehage\"")).containsExactly(id);
        assertThat(found("+barnehage")).containsExactly(id);
        assertThat(found("barnehage*")).containsExactly(id);
        assertThat(found("50%")).containsExactly(id);
        assertThat(found("a_b")).containsExactly(id);
        assertThat(found("%")).containsExactly(id);
        assertThat(found("\"sitat\"")).containsExactly(id);
        assertThat(found("\"")).as("a quotation mark alone is searched as typed").containsExactly(id);
        assertThat(found("@@")).isEmpty();
        assertThat(found("<script>alert('x')</script>")).isEmpty();
    }

    @Test
    void a_rare_word_narrows_to_the_mandates_it_is_in_and_common_words_do_not() {
        Long inMandate = mandate("Vedtak", "Sjeldenord i tittelen", "Tekst");
        Long inDecision = mandate("Om sjeldenordet", "Annen tittel", "Tekst");
        mandate("Vedtak", "Uten", "Tekst");

        assertThat(textCandidates.of(no.kommune.portal.base.FreeText.words("sjeldenord tekst")))
                .containsExactlyInAnyOrder(inMandate, inDecision);
        assertThat(found("sjeldenord tekst")).containsExactlyInAnyOrder(inMandate, inDecision);
        assertThat(textCandidates.of(no.kommune.portal.base.FreeText.words("ny en"))).as("no indexed word").isNull();
    }

    @Test
    void a_word_in_more_rows_than_the_lookup_reads_is_searched_without_candidate_ids() {
        Long first = mandate("Vedtak", "Fellesord i mange oppdrag", "Tekst");
        jdbc.update("INSERT INTO mandate (version, created_at, created_by, modified_at, modified_by, decision_id, title,"
                + " description, status_id, unit_id, done_proposed, attention_order) SELECT version, created_at,"
                + " created_by, modified_at, modified_by, decision_id, title, description, status_id, unit_id,"
                + " done_proposed, attention_order FROM mandate JOIN seq_1_to_" + MandateTextCandidates.LIMIT
                + " WHERE id = ?", first);

        assertThat(textCandidates.of(no.kommune.portal.base.FreeText.words("fellesord"))).as("common").isNull();
        assertThat(textCandidates.of(no.kommune.portal.base.FreeText.words("fellesord"))).as("remembered").isNull();
        assertThat(textCandidates.of(no.kommune.portal.base.FreeText.words("fellesord sjeldent9")))
                .as("the next word is rare").isEmpty();
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThat(service.count(text("fellesord"))).isEqualTo(MandateTextCandidates.LIMIT + 1L);
        assertThat(service.page(text("fellesord"), PageSlice.first(50))).hasSize(50);
        assertThat(service.count(text("fellesord mange oppdrag tekst"))).isEqualTo(MandateTextCandidates.LIMIT + 1L);
    }

    @Test
    void no_match_is_an_empty_list_and_a_zero_count() {
        mandate("Vedtak", "Kulturhus", "Scene og sal");
        String nothing = OrgFixtures.unique("qzxv").replace("-", "");
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        FollowUpFilter everywhere = new FollowUpFilter(null, null, null, null, null, false, false, nothing, false);

        assertThat(service.page(everywhere, PageSlice.first(50))).isEmpty();
        assertThat(service.count(everywhere)).isZero();
        assertThat(service.countsByState(everywhere).values()).allMatch(n -> n == 0);
        assertThat(found("kulturhus " + nothing)).isEmpty();
    }

    @Test
    void the_other_filters_and_who_may_read_still_apply() {
        Long own = mandate(null, "Vedtak", "Vedlikehold av kommunale bygg", "Plan", leader, oppvekst);
        Long others = mandate(null, "Vedtak", "Vedlikehold av sykehjem", "Plan", otherLeader, helse);
        assertThat(found("vedlikehold")).containsExactlyInAnyOrder(own, others);

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        FollowUpFilter mine = text("vedlikehold").mine();
        assertThat(service.page(mine, PageSlice.first(50))).extracting(MandateRow::id).containsExactly(own);
        assertThat(service.count(mine)).isEqualTo(1);
        FollowUpFilter unit = new FollowUpFilter(body.getId(), null, null, null, helse.getId(), false, false,
                "vedlikehold", false);
        assertThat(service.page(unit, PageSlice.first(50))).extracting(MandateRow::id).containsExactly(others);
        FollowUpFilter otherBody = new FollowUpFilter(fixtures.body().getId(), null, null, null, null, false, false,
                "vedlikehold", false);
        assertThat(service.count(otherBody)).isZero();

        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThat(service.page(text("vedlikehold"), PageSlice.first(50))).hasSize(2);

        TestSecurity.runAs("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.page(text("vedlikehold"), PageSlice.first(50)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.count(text("vedlikehold")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
