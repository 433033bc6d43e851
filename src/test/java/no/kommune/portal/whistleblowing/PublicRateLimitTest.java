package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import no.kommune.portal.base.RateWindows;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.MutableClock;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9 item 5: per-client limits and a ceiling for everyone together; issue 13: counted in the database, so every
 * node applies the same limit, holding only a keyed hash of the client for at most a day.
 */
class PublicRateLimitTest extends ServiceTest {

    @Autowired JdbcTemplate jdbc;

    private final MutableClock clock = new MutableClock();
    private RateWindows windows;
    /** Unique per test: the hits stay in the database. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void windows() {
        windows = new RateWindows(jdbc, clock, "test-key");
    }

    private String client(String address) {
        return address + "-" + run;
    }

    @Test
    void a_client_is_refused_after_five_reports_and_may_report_again_after_the_window() {
        PublicRateLimit limit = new PublicRateLimit(windows, 1_000_000);
        for (int i = 0; i < 5; i++) {
            limit.acquire(PublicRateLimit.Action.REPORT, client("198.51.100.1"));
        }
        assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.REPORT, client("198.51.100.1")))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.tooMany");
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, client("198.51.100.2")))
                .as("another citizen is not blocked").doesNotThrowAnyException();

        clock.advance(PublicRateLimit.WINDOW.plusSeconds(1));
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, client("198.51.100.1")))
                .doesNotThrowAnyException();
    }

    @Test
    void refused_uses_are_not_counted_so_an_abuser_is_free_again_one_window_after_her_last_accepted_use() {
        PublicRateLimit limit = new PublicRateLimit(windows, 1_000_000);
        for (int i = 0; i < 20; i++) {
            limit.acquire(PublicRateLimit.Action.LOOKUP, client("abuser"));
        }
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, client("abuser")))
                    .isInstanceOf(UserFacingException.class);
        }
        assertThat(windows.hits(PublicRateLimit.Action.LOOKUP.bucket(), client("abuser"), PublicRateLimit.WINDOW))
                .as("20 accepted uses counted, not 120 tries").isEqualTo(20);
        clock.advance(PublicRateLimit.WINDOW.plusSeconds(1));
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, client("abuser"))).doesNotThrowAnyException();
    }

    @Test
    void the_table_holds_neither_the_address_nor_anything_older_than_a_day() {
        PublicRateLimit limit = new PublicRateLimit(windows, 1_000_000);
        String address = client("192.0.2.77");
        limit.acquire(PublicRateLimit.Action.REPORT, address);
        assertThat(jdbc.queryForObject("select count(*) from rate_hit where key_hash like ?", Integer.class,
                "%192.0.2.77%")).isZero();
        assertThat(jdbc.queryForList("select key_hash from rate_hit where hit_at = ?", String.class, clock.millis()))
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        windows.purge();
        assertThat(jdbc.queryForObject("select count(*) from rate_hit where hit_at < ?", Integer.class,
                clock.millis() - Duration.ofDays(1).toMillis())).isZero();
    }

    @Test
    void a_flood_from_many_addresses_stops_at_the_hourly_ceiling_and_lookups_still_work() {
        windows.clear(PublicRateLimit.ALL_WRITES);
        PublicRateLimit limit = new PublicRateLimit(windows, 30);
        for (int i = 0; i < 20; i++) {
            limit.acquire(PublicRateLimit.Action.REPORT, client("bot-" + i));
            limit.acquire(i < 10 ? PublicRateLimit.Action.MESSAGE : PublicRateLimit.Action.LOOKUP, client("bot-" + i));
        }
        // 20 reports + 10 messages = 30 writes: the ceiling is reached
        assertThatThrownBy(() -> limit.acquire(PublicRateLimit.Action.REPORT, client("a-new-citizen")))
                .isInstanceOf(UserFacingException.class).hasMessage("whistleblowing.error.busy");
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.LOOKUP, client("a-new-citizen")))
                .as("reading one's own case writes nothing and is not under the ceiling").doesNotThrowAnyException();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThatCode(() -> limit.acquire(PublicRateLimit.Action.REPORT, client("a-new-citizen")))
                .doesNotThrowAnyException();
        windows.clear(PublicRateLimit.ALL_WRITES);
    }
}
