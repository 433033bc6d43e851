package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.base.RateWindows;
import no.kommune.portal.testsupport.MutableClock;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login throttle, counted in the database (shared by every node) on a clock the test moves. */
class LoginThrottleTest extends ServiceTest {

    @Autowired JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock();
    private LoginThrottle throttle;
    /** Unique per test: the hits stay in the database, and other tests count with the real clock. */
    private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void throttle() {
        throttle = new LoginThrottle(new RateWindows(jdbc, clock, "test-key"));
    }

    private String user(String name) {
        return name + "-" + run;
    }

    @Test
    void locks_a_user_after_ten_failures_and_unlocks_after_the_lock_time() {
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure(user("Kari"));
        }
        assertThat(throttle.isBlocked(user("kari"))).isFalse();
        throttle.recordFailure(user("kari"));
        assertThat(throttle.isBlocked(user("KARI"))).isTrue();

        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        assertThat(throttle.isBlocked(user("kari"))).isFalse();
        throttle.recordFailure(user("kari"));
        assertThat(throttle.isBlocked(user("kari"))).as("counter restarts after a lock expired").isFalse();
    }

    @Test
    void success_resets_the_counter() {
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure(user("ola"));
        }
        throttle.recordSuccess(user("ola"));
        throttle.recordFailure(user("ola"));
        assertThat(throttle.isBlocked(user("ola"))).isFalse();
    }

    @Test
    void an_address_is_blocked_before_it_can_lock_an_account() {
        String attacker = user("203.0.113.7");
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES; i++) {
            throttle.recordAddressFailure(attacker);
            throttle.recordFailure(user("admin"));
        }
        assertThat(throttle.isAddressBlocked(attacker)).isTrue();
        assertThat(throttle.isAddressBlocked(user("198.51.100.1"))).as("other addresses may still try").isFalse();
        assertThat(throttle.isBlocked(user("admin"))).as("the administrator is not locked out by one address").isFalse();
        assertThat(LoginThrottle.ADDRESS_MAX_FAILURES).isLessThan(LoginThrottle.USER_MAX_FAILURES);

        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        assertThat(throttle.isAddressBlocked(attacker)).isFalse();
    }

    @Test
    void a_success_does_not_reset_the_address_counter() {
        String address = user("203.0.113.8");
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES - 1; i++) {
            throttle.recordAddressFailure(address);
        }
        throttle.recordSuccess(user("own-account"));
        throttle.recordAddressFailure(address);
        assertThat(throttle.isAddressBlocked(address)).isTrue();
    }

    @Test
    void counters_expire_instead_of_piling_up() {
        throttle.recordFailure(user("ola"));
        throttle.recordAddressFailure(user("203.0.113.9"));
        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure(user("ola"));
        }
        assertThat(throttle.isBlocked(user("ola"))).as("the old failure expired and is not counted").isFalse();
    }
}
