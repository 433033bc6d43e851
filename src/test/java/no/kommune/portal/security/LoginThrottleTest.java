package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locks_after_five_failures_and_unlocks_after_the_lock_time() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
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
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("ola");
        }
        throttle.recordSuccess("ola");
        throttle.recordFailure("ola");
        assertThat(throttle.isBlocked("ola")).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
