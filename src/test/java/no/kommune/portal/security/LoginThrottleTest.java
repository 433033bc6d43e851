package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locks_a_user_after_ten_failures_and_unlocks_after_the_lock_time() {
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure("Kari");
        }
        assertThat(throttle.isBlocked("kari")).isFalse();
        throttle.recordFailure("kari");
        assertThat(throttle.isBlocked("KARI")).isTrue();

        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        assertThat(throttle.isBlocked("kari")).isFalse();
        throttle.recordFailure("kari");
        assertThat(throttle.isBlocked("kari")).as("counter restarts after a lock expired").isFalse();
    }

    @Test
    void success_resets_the_counter() {
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure("ola");
        }
        throttle.recordSuccess("ola");
        throttle.recordFailure("ola");
        assertThat(throttle.isBlocked("ola")).isFalse();
    }

    @Test
    void an_address_is_blocked_before_it_can_lock_an_account() {
        String attacker = "203.0.113.7";
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES; i++) {
            throttle.recordAddressFailure(attacker);
            throttle.recordFailure("admin");
        }
        assertThat(throttle.isAddressBlocked(attacker)).isTrue();
        assertThat(throttle.isAddressBlocked("198.51.100.1")).as("other addresses may still try").isFalse();
        assertThat(throttle.isBlocked("admin")).as("the administrator is not locked out by one address").isFalse();
        assertThat(LoginThrottle.ADDRESS_MAX_FAILURES).isLessThan(LoginThrottle.USER_MAX_FAILURES);

        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        assertThat(throttle.isAddressBlocked(attacker)).isFalse();
    }

    @Test
    void a_success_does_not_reset_the_address_counter() {
        String address = "203.0.113.8";
        for (int i = 0; i < LoginThrottle.ADDRESS_MAX_FAILURES - 1; i++) {
            throttle.recordAddressFailure(address);
        }
        throttle.recordSuccess("own-account");
        throttle.recordAddressFailure(address);
        assertThat(throttle.isAddressBlocked(address)).isTrue();
    }

    @Test
    void counters_expire_instead_of_piling_up() {
        throttle.recordFailure("ola");
        throttle.recordAddressFailure("203.0.113.9");
        clock.advance(LoginThrottle.LOCK_TIME.plusSeconds(1));
        for (int i = 0; i < LoginThrottle.USER_MAX_FAILURES - 1; i++) {
            throttle.recordFailure("ola");
        }
        assertThat(throttle.isBlocked("ola")).as("the old failure expired and is not counted").isFalse();
    }
}
