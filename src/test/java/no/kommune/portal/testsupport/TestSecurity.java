package no.kommune.portal.testsupport;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

/** Signs a user in for service tests, the way the login form would (roles become ROLE_ authorities). */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static UsernamePasswordAuthenticationToken runAs(String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        User principal = new User(username, "n/a", authorities);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(principal, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        return token;
    }

    /**
     * Vaadin's security configuration installs its own {@code SecurityContextHolderStrategy} in the static
     * {@link SecurityContextHolder} every time a Spring context starts. Tests use several cached contexts
     * (profiles test, demotest, ...), so the static holder may point at another context's strategy than
     * the one this context's method security reads: a signed-in test user would then look anonymous.
     * Every test base calls this first, so the order test classes run in cannot matter.
     */
    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
