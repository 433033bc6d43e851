package no.kommune.portal.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void takes_the_ui_a_document_carries_with_eager_server_load_as_the_browser_does() {
        // the shape of the portal's document (vaadin.eagerServerLoad=true), cut down to what the client reads
        String document = "<script initial=\"\">window.Vaadin = window.Vaadin || {};window.Vaadin.TypeScript= "
                + "{\"initial\":{\"appConfig\":{\"v-uiId\":3,\"uidl\":{\"clientId\":0,\"syncId\":0,"
                + "\"Vaadin-Security-Key\":\"k\",\"changes\":[{\"type\":\"put\",\"node\":7,\"key\":\"id\","
                + "\"value\":\"deviation-grid\"}]}},\"errors\":null}};</script><meta name=\"_csrf\" content=\"x\">";
        VaadinSession tab = new VaadinSession("http://127.0.0.1:8080");

        assertThat(tab.takeEmbeddedUi(document)).isTrue();
        assertThat(tab.uiId()).isEqualTo(3);
        assertThat(tab.node("deviation-grid")).contains(7);
        assertThat(tab.takeEmbeddedUi("<html>no Vaadin here</html>")).isFalse();
    }
}
