package no.kommune.portal.base;

import java.util.Optional;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Supplies the user name written to the audit columns and to Envers revisions: the {@link ActingIdentity} when
 * one is open (anonymous whistleblowing), otherwise the signed-in user, "anonym" for the public pages and
 * "system" for background work.
 */
@Component("auditor")
public class Auditor implements AuditorAware<String> {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonym";

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(currentUsername());
    }

    public static String currentUsername() {
        Optional<String> actingAs = ActingIdentity.current();
        if (actingAs.isPresent()) {
            return actingAs.get();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SYSTEM;
        }
        if (auth instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return auth.getName();
    }
}
