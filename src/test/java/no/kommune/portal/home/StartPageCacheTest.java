package no.kommune.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
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
import no.kommune.portal.testsupport.MutableClock;
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

    /** A cache as production configures it: others' changes refreshed in the background, at most every 10 s. */
    private StartPageCache productionLike(MutableClock time, List<Runnable> background) {
        return new StartPageCache(changes, time, Duration.ofMinutes(5), Duration.ofSeconds(10), background::add);
    }

    private static StartPageScope managementScope() {
        return new StartPageScope(java.util.Set.of(Roles.MANAGEMENT), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), null, java.time.LocalDate.now());
    }

    @Test
    void others_changes_are_refreshed_in_the_background_at_most_once_per_interval_and_nobody_waits() {
        MutableClock time = new MutableClock();
        List<Runnable> background = new java.util.ArrayList<>();
        StartPageCache lagging = productionLike(time, background);
        QuickContributor figures = new QuickContributor();
        StartPageScope scope = managementScope();
        List<StartPageCard> first = lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser);

        report("Endring av en annen"); // a change by ansatt, not by the visitors below
        time.advance(Duration.ofSeconds(5));
        assertThat(lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser)).isSameAs(first);
        assertThat(background).as("within 10 s of the last computation: no refresh").isEmpty();

        time.advance(Duration.ofSeconds(6));
        assertThat(lagging.cards(figures, scope, "direktor-b", figures::cardsForCurrentUser)).isSameAs(first);
        assertThat(lagging.cards(figures, scope, "direktor-c", figures::cardsForCurrentUser)).isSameAs(first);
        assertThat(background).as("one refresh, however many visit meanwhile").hasSize(1);
        assertThat(figures.computed).hasValue(1);

        background.removeFirst().run();
        List<StartPageCard> refreshed = lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser);
        assertThat(figures.computed).hasValue(2);
        assertThat(refreshed).isNotSameAs(first);
        assertThat(refreshed.getFirst().figures().getFirst().value()).isEqualTo(2);
    }

    @Test
    void the_visitors_own_change_is_shown_at_once_on_personal_cards_even_within_the_interval() {
        MutableClock time = new MutableClock();
        List<Runnable> background = new java.util.ArrayList<>();
        StartPageCache lagging = productionLike(time, background);
        QuickContributor figures = new QuickContributor();
        StartPageScope mine = new StartPageScope(java.util.Set.of(Roles.LEADER), java.util.Set.of(school.getId()),
                java.util.Set.of(), java.util.Set.of(), employee.getUsername(), java.time.LocalDate.now());
        List<StartPageCard> first = lagging.cards(figures, mine, employee.getUsername(), figures::cardsForCurrentUser);

        report("Min egen endring"); // by employee
        time.advance(Duration.ofSeconds(1));

        List<StartPageCard> own = lagging.cards(figures, mine, employee.getUsername(), figures::cardsForCurrentUser);
        assertThat(own).isNotSameAs(first);
        assertThat(figures.computed).hasValue(2);
        assertThat(background).isEmpty();
        assertThat(lagging.cards(figures, mine, employee.getUsername(), figures::cardsForCurrentUser)).isSameAs(own);
    }

    @Test
    void shared_figures_show_the_writers_change_with_everyone_elses_within_the_interval() {
        MutableClock time = new MutableClock();
        List<Runnable> background = new java.util.ArrayList<>();
        StartPageCache lagging = productionLike(time, background);
        QuickContributor figures = new QuickContributor();
        StartPageScope scope = managementScope();
        List<StartPageCard> first = lagging.cards(figures, scope, employee.getUsername(), figures::cardsForCurrentUser);

        report("Endring i kommunens tall"); // by employee, who then looks at the municipality's figures
        time.advance(Duration.ofSeconds(1));

        assertThat(lagging.cards(figures, scope, employee.getUsername(), figures::cardsForCurrentUser)).isSameAs(first);
        assertThat(figures.computed).as("no computation per writer").hasValue(1);
        time.advance(Duration.ofSeconds(10));
        lagging.cards(figures, scope, employee.getUsername(), figures::cardsForCurrentUser);
        background.removeFirst().run();
        assertThat(lagging.cards(figures, scope, employee.getUsername(), figures::cardsForCurrentUser))
                .isNotSameAs(first);
    }

    @Test
    void a_failed_background_refresh_keeps_the_previous_cards_and_is_tried_again_at_the_next_visit() {
        MutableClock time = new MutableClock();
        List<Runnable> background = new java.util.ArrayList<>();
        StartPageCache lagging = productionLike(time, background);
        QuickContributor figures = new QuickContributor();
        StartPageScope scope = managementScope();
        List<StartPageCard> first = lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser);

        report("Endring før databasen faller ut");
        time.advance(Duration.ofSeconds(11));
        figures.failing = true;
        lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser);
        background.removeFirst().run(); // fails, is logged

        assertThat(lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser)).isSameAs(first);
        assertThat(background).as("the next visit tries again").hasSize(1);
        figures.failing = false;
        background.removeFirst().run();
        assertThat(lagging.cards(figures, scope, "direktor-a", figures::cardsForCurrentUser)).isNotSameAs(first);
    }

    /** Cards that count their own computations and depend on deviations (so a reported deviation makes them stale). */
    private static final class QuickContributor implements StartPageContributor {

        final AtomicInteger computed = new AtomicInteger();
        volatile boolean failing;

        @Override
        public List<StartPageCard> cardsForCurrentUser() {
            if (failing) {
                throw new IllegalStateException("the database is gone");
            }
            int n = computed.incrementAndGet();
            return List.of(StartPageCard.of(Roles.MANAGEMENT, 1, "start-quick", "home.nothing",
                    List.of(StartPageCard.Figure.text("computed", n, no.kommune.portal.base.Link.to("avvik"), false))));
        }

        @Override
        public List<String> alsoDependsOn() {
            return List.of("deviations");
        }
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
