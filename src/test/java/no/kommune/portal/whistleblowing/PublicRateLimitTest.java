package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** Issue 9 item 5: per-client limits in bounded, expiring memory, and a ceiling for everyone together. */
class PublicRateLimitTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void a_client_is_refused_after_five_reports_and_may_report_again_after_the_window() {
        PublicRateLimit limit = new PublicRateLimit(clock, 1000, 100);
        for (int i = 0; i < 5; i++) {
            limit.acquire(PublicRateLimit.Action.REPORT, "198.51.100.1");
        }
        assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.REPORT, "198.51.100.1"))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.tooMany");
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, "198.51.100.2"))
                .as("another citizen is not blocked").doesNotThrowAnyException();

        clock.advance(PublicRateLimit.WINDOW.plusSeconds(1));
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, "198.51.100.1")).doesNotThrowAnyException();
    }

    @Test
    void a_flood_of_addresses_keeps_the_map_bounded_without_freeing_an_active_abuser() {
        PublicRateLimit limit = new PublicRateLimit(clock, 1_000_000, 1000);
        for (int i = 0; i < 20; i++) {
            limit.acquire(PublicRateLimit.Action.LOOKUP, "abuser");
        }
        for (int i = 0; i < 60_000; i++) {
            limit.acquire(PublicRateLimit.Action.LOOKUP, "10." + (i / 62_500) + "." + (i / 250 % 250) + "." + (i % 250));
            if (i % 500 == 0) {
                // the old code cleared every counter above 50 000 keys, so a flood set the abuser free
                assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, "abuser"))
                        .as("after %d other clients", i).isInstanceOf(UserFacingException.class);
            }
        }
        assertThat(limit.trackedClients()).isLessThanOrEqualTo(1000);
        assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, "abuser"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void counters_expire_so_memory_empties_when_the_channel_is_quiet() {
        PublicRateLimit limit = new PublicRateLimit(clock, 1000, 100);
        for (int i = 0; i < 50; i++) {
            limit.acquire(PublicRateLimit.Action.LOOKUP, "client-" + i);
        }
        clock.advance(PublicRateLimit.WINDOW.plusSeconds(1));
        assertThat(limit.trackedClients()).isZero();
    }

    @Test
    void a_flood_from_many_addresses_stops_at_the_hourly_ceiling_and_lookups_still_work() {
        PublicRateLimit limit = new PublicRateLimit(clock, 30, 10_000);
        for (int i = 0; i < 20; i++) {
            limit.acquire(PublicRateLimit.Action.REPORT, "bot-" + i);
            limit.acquire(i < 10 ? PublicRateLimit.Action.MESSAGE : PublicRateLimit.Action.LOOKUP, "bot-" + i);
        }
        // 20 reports + 10 messages = 30 writes: the ceiling is reached
        assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.REPORT, "a-new-citizen"))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.busy");
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, "a-new-citizen"))
                .as("reading one's own case writes nothing and is not under the ceiling").doesNotThrowAnyException();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, "a-new-citizen")).doesNotThrowAnyException();
    }
}
