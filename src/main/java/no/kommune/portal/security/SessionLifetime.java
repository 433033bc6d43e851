package no.kommune.portal.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import no.kommune.portal.organisation.UserAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a signed-in session lives (issue 9 item 4): besides the 30-minute idle timeout
 * ({@code server.servlet.session.timeout}), a session ends {@code portal.security.session.absolute-lifetime}
 * (12 h) after it began, and all sessions of a user end as soon as her access changes (deactivated, roles, units,
 * name or password; {@link UserAccessChanged} from the user administration). An ended session is refused at its
 * next request: the browser is sent to the login page (for Vaadin's own requests through a UIDL redirect).
 */
@Configuration
public class SessionLifetime {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    private final SessionRegistry registry = new SessionRegistryImpl();
    private final Duration absoluteLifetime;
    private final Clock clock;

    SessionLifetime(@Value("${portal.security.session.absolute-lifetime:12h}") Duration absoluteLifetime, Clock clock) {
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    /** The registry is also an event listener: it forgets sessions that ended (see the publisher below). */
    @Bean
    SessionRegistry sessionRegistry() {
        return registry;
    }

    /** Turns the servlet container's session-destroyed callbacks into events the registry hears. */
    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /** After the change is committed, every open session of the user is marked expired. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onAccessChanged(UserAccessChanged event) {
        expireSessionsOf(event.usernames());
    }

    /** Marks every registered session of these users expired; returns how many. */
    int expireSessionsOf(Set<String> usernames) {
        Set<String> names = usernames.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        int expired = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
            if (names.contains(name.toLowerCase(Locale.ROOT))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        if (expired > 0) {
            log.info("Ended {} open session(s) of {} after a change of access", expired, usernames);
        }
        return expired;
    }

    SessionInformationExpiredStrategy expiredStrategy(String loginPath) {
        return new SimpleRedirectSessionInformationExpiredStrategy(loginPath, new UidlRedirectStrategy());
    }

    OncePerRequestFilter absoluteLifetimeFilter() {
        return new AbsoluteLifetimeFilter();
    }

    /**
     * Expires a session older than the absolute lifetime; Spring's ConcurrentSessionFilter, which runs next,
     * then signs it out. A session that never signed in is simply dropped.
     */
    class AbsoluteLifetimeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis()) {
                SessionInformation info = registry.getSessionInformation(session.getId());
                if (info != null) {
                    info.expireNow();
                } else {
                    session.invalidate();
                }
            }
            chain.doFilter(request, response);
        }
    }
}
