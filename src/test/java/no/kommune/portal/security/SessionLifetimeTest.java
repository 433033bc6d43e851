package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.kommune.portal.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;

/** Issue 9 item 4: sessions end 12 hours after they began, however busy, and when the user's access changes. */
class SessionLifetimeTest {

    private final MutableClock clock = new MutableClock(Instant.now());
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(12), clock);
    private final SessionRegistry registry = lifetime.sessionRegistry();

    @Test
    void a_signed_in_session_expires_twelve_hours_after_it_began_even_if_used_all_the_time() throws Exception {
        MockHttpSession session = new MockHttpSession();
        registry.registerNewSession(session.getId(), user("kari"));

        for (int hour = 0; hour < 12; hour++) {
            request(session);
            assertThat(registry.getSessionInformation(session.getId()).isExpired()).as("hour " + hour).isFalse();
            clock.advance(Duration.ofMinutes(59));
        }
        clock.advance(Duration.ofMinutes(13));
        request(session);
        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
    }

    @Test
    void an_old_session_that_never_signed_in_is_dropped() throws Exception {
        MockHttpSession session = new MockHttpSession();
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        request(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_change_of_access_expires_every_session_of_that_user_and_no_other() {
        registry.registerNewSession("s1", user("kari"));
        registry.registerNewSession("s2", user("kari"));
        registry.registerNewSession("s3", user("ola"));

        int expired = lifetime.expireSessionsOf(Set.of("KARI"));

        assertThat(expired).isEqualTo(2);
        assertThat(registry.getSessionInformation("s1").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("s2").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("s3").isExpired()).isFalse();
    }

    private void request(MockHttpSession session) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        lifetime.absoluteLifetimeFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static User user(String name) {
        return new User(name, "n/a", java.util.List.of());
    }
}
