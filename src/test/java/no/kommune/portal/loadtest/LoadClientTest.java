package no.kommune.portal.loadtest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The load client's bounds: this machine only, a limited number of sessions and minutes. */
class LoadClientTest {

    @Test
    void refuses_any_address_but_this_machine() {
        assertThatThrownBy(() -> LoadClient.requireLoopback("http://example.org:8080"))
                .isInstanceOf(IllegalArgumentException.class);
        LoadClient.requireLoopback("http://127.0.0.1:8080");
        LoadClient.requireLoopback("http://localhost:8080");
    }

    @Test
    void refuses_unbounded_runs() {
        assertThatThrownBy(() -> new LoadClient("http://127.0.0.1:8080", LoadClient.MAX_SESSIONS + 1,
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ZERO, null, 10, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadClient("http://127.0.0.1:8080", 10, Duration.ofMinutes(LoadClient.MAX_MINUTES),
                Duration.ofSeconds(1), Duration.ZERO, null, 10, System.out)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_ramp_up_that_outlasts_the_run() {
        assertThatThrownBy(() -> new LoadClient("http://127.0.0.1:8080", 10, Duration.ofSeconds(60),
                Duration.ofSeconds(1), Duration.ofSeconds(60), null, 10, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ramp-up");
    }
}
