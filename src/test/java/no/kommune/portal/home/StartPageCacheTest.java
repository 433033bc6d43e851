package no.kommune.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.kommune.portal.base.EntityChanges;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The start page's cache of card results per data scope (issue 15, decision 018). */
class StartPageCacheTest extends ServiceTest {

    @Autowired StartPageService startPage;
    @Autowired StartPageCache cache;
    @Autowired EntityChanges changes;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;
    @Autowired DeviationService deviations;
    @Autowired OrgFixtures org;

    OrgUnit school;
    OrgUnit kindergarten;
    UserAccount schoolLeader;
    UserAccount kindergartenLeader;
    UserAccount employee;

    @BeforeEach
    void data() {
        OrgUnit area = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        school = org.unit("Skole", OrgUnitType.UNIT, area);
        kindergarten = org.unit("Barnehage", OrgUnitType.UNIT, area);
        schoolLeader = org.user("rektor", Roles.LEADER);
        kindergartenLeader = org.user("styrer", Roles.LEADER);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        org.lead(schoolLeader, school);
        org.lead(kindergartenLeader, kindergarten);
        org.memberOf(employee, school);
    }

    private void report(String title) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        deviations.report(new DeviationDraft(title, "Hendelse", LocalDateTime.now().minusHours(1), school.getId(), null,
                category, Severity.MEDIUM, null, false));
    }

    private static StartPageCard card(List<StartPageCard> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_second_visit_in_the_same_scope_reuses_the_cards_without_computing_them_again() {
        TestSecurity.runAs("direktor-cache", Roles.MANAGEMENT);
        List<StartPageCard> first = startPage.cards();
        List<StartPageCard> second = startPage.cards();

        assertThat(first).isNotEmpty();
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }
    }

    @Test
    void a_committed_change_refreshes_the_cards_of_its_feature_at_the_next_visit() {
        TestSecurity.runAs("kvalitet-cache", Roles.QUALITY);
        long before = card(startPage.cards(), "start-deviation-trend-QUALITY").figures().getFirst().value();

        report("Ny hendelse etter første besøk");

        TestSecurity.runAs("kvalitet-cache", Roles.QUALITY);
        assertThat(card(startPage.cards(), "start-deviation-trend-QUALITY").figures().getFirst().value())
                .isEqualTo(before + 1);
    }

    @Test
    void leaders_of_different_units_never_share_cached_cards() {
        report("Glatt trapp");
        TestSecurity.runAs(schoolLeader.getUsername(), Roles.LEADER);
        assertThat(card(startPage.cards(), "start-my-deviations").figures().getFirst().value()).isEqualTo(1);

        TestSecurity.runAs(kindergartenLeader.getUsername(), Roles.LEADER);
        assertThat(card(startPage.cards(), "start-my-deviations").figures().getFirst().value()).isZero();
    }

    @Test
    void many_visitors_at_once_compute_an_entry_only_once() throws InterruptedException {
        AtomicInteger computed = new AtomicInteger();
        StartPageContributor slow = new CountingContributor(computed);
        StartPageScope scope = new StartPageScope(java.util.Set.of(Roles.QUALITY), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), null, java.time.LocalDate.now());
        List<Thread> visitors = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            visitors.add(Thread.ofVirtual().start(() -> cache.cards(slow, scope, slow::cardsForCurrentUser)));
        }
        for (Thread visitor : visitors) {
            visitor.join();
        }
        assertThat(computed).hasValue(1);

        changes.changed("home"); // a change in the contributor's feature
        cache.cards(slow, scope, slow::cardsForCurrentUser);
        assertThat(computed).hasValue(2);
    }

    @Test
    void while_a_changed_entry_is_recomputed_other_visitors_get_the_previous_cards_without_waiting()
            throws InterruptedException {
        AtomicInteger computed = new AtomicInteger();
        StartPageContributor slow = new CountingContributor(computed);
        StartPageScope scope = new StartPageScope(java.util.Set.of(Roles.MANAGEMENT), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), null, java.time.LocalDate.now());
        List<StartPageCard> before = cache.cards(slow, scope, slow::cardsForCurrentUser);

        changes.changed("home");
        Thread recompute = Thread.ofVirtual().start(() -> cache.cards(slow, scope, slow::cardsForCurrentUser));
        while (computed.get() < 2) {
            Thread.onSpinWait();
        }
        long started = System.nanoTime();
        List<StartPageCard> meanwhile = cache.cards(slow, scope, slow::cardsForCurrentUser);
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        recompute.join();

        assertThat(meanwhile).isSameAs(before);
        assertThat(waitedMs).isLessThan(150); // the recomputation takes 200 ms
        List<StartPageCard> after = cache.cards(slow, scope, slow::cardsForCurrentUser);
        assertThat(after).isNotSameAs(before);
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_part_that_fails_is_named_and_the_rest_is_still_shown() {
        StartPageContributor broken = () -> {
            throw new IllegalStateException("the database is gone");
        };
        StartPageContributor working = () -> List.of(StartPageCard.of(Roles.QUALITY, 1, "start-works", "home.nothing",
                List.of()));
        StartPageService service = new StartPageService(List.of(broken, working), cache, currentUser, clock);
        TestSecurity.runAs("kvalitet-feil", Roles.QUALITY);

        StartPageContent content = service.content();

        assertThat(content.failedParts()).containsExactly("home");
        assertThat(content.cards()).extracting(StartPageCard::id).containsExactly("start-works");
    }

    @Test
    void the_start_page_is_refused_to_anonymous_callers() {
        assertThatThrownBy(() -> startPage.content())
                .isInstanceOfAny(AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private static final class CountingContributor implements StartPageContributor {

        private final AtomicInteger computed;

        CountingContributor(AtomicInteger computed) {
            this.computed = computed;
        }

        @Override
        public List<StartPageCard> cardsForCurrentUser() {
            computed.incrementAndGet();
            try {
                Thread.sleep(200); // long enough for the other visitors to arrive meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(StartPageCard.of(Roles.QUALITY, 1, "start-counted", "home.nothing", List.of()));
        }
    }
}
