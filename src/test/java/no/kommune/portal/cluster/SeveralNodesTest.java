package no.kommune.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import no.kommune.portal.Application;
import no.kommune.portal.base.EntityChanges;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.decisions.DeadlineReminders;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.LoginThrottle;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.whistleblowing.PublicRateLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 1: two application nodes on one database. Node A is the tests' usual application context, node B a
 * second, complete one started here on the same database (its own beans, memory and web server). What must be
 * shared is proven by doing it on one node and looking from the other.
 */
class SeveralNodesTest extends ServiceTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired LoginThrottle throttleA;
    @Autowired PublicRateLimit rateLimitA;
    @Autowired EntityChanges changesA;
    @Autowired LockProvider locksA;
    @Autowired DecisionFixtures decisions;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startNodeB() {
        nodeB = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.jmx.enabled=false").run();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_login_guessed_on_one_node_is_locked_on_the_other() {
        LoginThrottle throttleB = nodeB.getBean(LoginThrottle.class);
        String user = unique("kari");
        for (int i = 0; i < 10; i++) {
            throttleA.recordFailure(user);
        }
        assertThat(throttleB.isBlocked(user)).as("node B counts node A's failures").isTrue();

        String address = unique("203.0.113.50");
        int limit = nodeB.getEnvironment().getProperty("portal.security.login.address-max-failures", Integer.class, 5);
        for (int i = 0; i < limit; i++) {
            (i % 2 == 0 ? throttleA : throttleB).recordAddressFailure(address);
        }
        assertThat(throttleA.isAddressBlocked(address)).as("failures spread over both nodes add up").isTrue();
        assertThat(throttleB.isAddressBlocked(address)).isTrue();
    }

    @Test
    void the_public_channels_limit_is_one_limit_across_nodes() {
        PublicRateLimit rateLimitB = nodeB.getBean(PublicRateLimit.class);
        String client = unique("198.51.100.60");
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? rateLimitA : rateLimitB).acquire(PublicRateLimit.Action.REPORT, client);
        }
        assertThatThrownBy(() -> rateLimitB.acquire(PublicRateLimit.Action.REPORT, client))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.tooMany");
        assertThatThrownBy(() -> rateLimitA.acquire(PublicRateLimit.Action.REPORT, client))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.tooMany");
    }

    @Test
    void a_scheduled_job_running_on_one_node_is_skipped_on_the_other() {
        UserAccount leader = org.user(unique("leder"), Roles.LEADER);
        var unit = org.unit(unique("Enhet"), OrgUnitType.UNIT, org.municipality());
        org.lead(leader, unit);
        Long mandate = decisions.mandate(decisions.body(), "Frist om en uke", LocalDate.now().plusDays(7), leader, unit);
        String reminders = "select count(*) from notification where dedupe_key like ?";
        String key = "mandate-" + mandate + "-deadline-%";

        Optional<SimpleLock> heldByA = locksA.lock(new LockConfiguration(Instant.now(), "deadline-reminders",
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(heldByA).as("node A takes the job's lock").isPresent();
        try {
            nodeB.getBean(DeadlineReminders.class).daily();
            assertThat(jdbc.queryForObject(reminders, Integer.class, key))
                    .as("node B skipped the reminders while node A runs them").isZero();
            assertThat(nodeB.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                    "deadline-reminders", Duration.ofMinutes(1), Duration.ZERO))).as("node B cannot take it").isEmpty();
        } finally {
            heldByA.get().unlock();
        }
        Optional<SimpleLock> takenByB = nodeB.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                "deadline-reminders", Duration.ofMinutes(1), Duration.ZERO));
        assertThat(takenByB).as("released by A, node B may run it next time").isPresent();
        takenByB.get().unlock();
    }

    @Test
    void every_scheduled_job_that_must_run_once_carries_the_lock() {
        // the jobs that send or delete something; the pool watch and the change sync are meant to run on every node
        for (Class<?> job : List.of(DeadlineReminders.class, no.kommune.portal.checklists.ChecklistReminders.class,
                no.kommune.portal.notifications.MailDispatcher.class, no.kommune.portal.base.RateWindows.class)) {
            assertThat(java.util.Arrays.stream(job.getMethods())
                    .filter(m -> m.isAnnotationPresent(org.springframework.scheduling.annotation.Scheduled.class))
                    .allMatch(m -> m.isAnnotationPresent(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)))
                    .as(job.getSimpleName()).isTrue();
        }
    }

    @Test
    void a_change_on_one_node_invalidates_the_caches_of_the_other_within_a_second() {
        EntityChanges changesB = nodeB.getBean(EntityChanges.class);
        changesA.synchronise();
        changesB.synchronise();
        long before = changesB.generation(List.of("decisions"));
        long beforeOnA = changesA.generation(List.of("decisions"));

        changesA.changed("decisions");
        assertThat(changesA.generation(List.of("decisions"))).as("at once on the node that made it")
                .isGreaterThan(beforeOnA);
        changesA.synchronise(); // what the scheduler does every second on each node
        changesB.synchronise();

        assertThat(changesB.generation(List.of("decisions"))).as("node B sees it").isGreaterThan(before);
    }
}
