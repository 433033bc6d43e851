package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.kommune.portal.testsupport.MutableClock;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Counts are made once per key and made again after a change in a feature they read, or after their time. */
class CountCacheTest extends ServiceTest {

    @Autowired EntityChanges changes;

    final AtomicInteger counted = new AtomicInteger();
    final MutableClock clock = new MutableClock();
    private CountCache cache() {
        return new CountCache(changes, clock, Duration.ofMinutes(2));
    }

    private Long count(CountCache cache, String key) {
        return cache.get(key, List.of("decisions"), () -> (long) counted.incrementAndGet());
    }

    @Test
    void the_same_key_is_counted_once_and_another_key_separately() {
        CountCache cache = cache();
        assertThat(count(cache, "a")).isEqualTo(1L);
        assertThat(count(cache, "a")).isEqualTo(1L);
        assertThat(count(cache, "b")).isEqualTo(2L);
        assertThat(counted).hasValue(2);
    }

    @Test
    void a_change_in_a_feature_the_count_reads_makes_it_count_again_and_other_features_do_not() {
        CountCache cache = cache();
        count(cache, "a");
        changes.changed("deviations");
        assertThat(count(cache, "a")).as("another feature changed").isEqualTo(1L);
        changes.changed("decisions");
        assertThat(count(cache, "a")).as("its feature changed").isEqualTo(2L);
        assertThat(count(cache, "a")).isEqualTo(2L);
    }

    @Test
    void a_count_is_made_again_after_its_time_for_writes_hibernate_does_not_see() {
        CountCache cache = cache();
        count(cache, "a");
        clock.advance(Duration.ofMinutes(3));
        assertThat(count(cache, "a")).isEqualTo(2L);
    }
}
