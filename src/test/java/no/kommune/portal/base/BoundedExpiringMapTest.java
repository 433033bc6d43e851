package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.kommune.portal.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class BoundedExpiringMapTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void never_holds_more_than_its_bound_and_drops_the_least_recently_used_first() {
        BoundedExpiringMap<String, Integer> map = new BoundedExpiringMap<>(clock, 3);
        map.update("a", v -> 1, Duration.ofMinutes(5));
        map.update("b", v -> 2, Duration.ofMinutes(5));
        map.update("c", v -> 3, Duration.ofMinutes(5));
        map.get("a"); // a is now the most recently used
        map.update("d", v -> 4, Duration.ofMinutes(5));

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.get("b")).as("least recently used, dropped").isNull();
        assertThat(map.get("a")).isEqualTo(1);
        assertThat(map.get("d")).isEqualTo(4);
    }

    @Test
    void a_flood_of_new_keys_keeps_memory_bounded_but_does_not_clear_the_recent_ones() {
        BoundedExpiringMap<String, Integer> map = new BoundedExpiringMap<>(clock, 1000);
        for (int i = 0; i < 100_000; i++) {
            map.update("k" + i, v -> 1, Duration.ofMinutes(5));
        }
        assertThat(map.size()).isEqualTo(1000);
        assertThat(map.get("k99999")).isEqualTo(1);
    }

    @Test
    void entries_expire_after_their_time_to_live_from_the_last_write() {
        BoundedExpiringMap<String, Integer> map = new BoundedExpiringMap<>(clock, 10);
        map.update("a", v -> v == null ? 1 : v + 1, Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(4));
        map.update("a", v -> v == null ? 1 : v + 1, Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(4));
        assertThat(map.get("a")).as("the second write renewed it").isEqualTo(2);
        clock.advance(Duration.ofMinutes(2));
        assertThat(map.get("a")).isNull();
        assertThat(map.size()).isZero();
    }
}
