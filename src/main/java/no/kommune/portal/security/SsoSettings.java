package no.kommune.portal.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.organisation.Roles;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on settings ({@code portal.sso.*}); the provider itself is configured with Spring's standard
 * {@code spring.security.oauth2.client.registration/provider.*} properties (README, "Entra ID").
 *
 * @param rolesClaim the token claim that carries the person's app roles or groups ({@code roles} or {@code groups})
 * @param roleMapping claim value → portal role, e.g. {@code portal.sso.role-mapping.Portal.Leder=LEADER} or a group's
 *        object id; values without a mapping give no role
 * @param createUnknownUsers create a portal account on the first sign-in of a person the portal does not know
 *        (just in time); otherwise she is refused until an administrator has created or imported her
 * @param localLogin whether the username/password form is offered (the break-glass administrator and the demo);
 *        off, the form is gone and a password login is refused
 */
@ConfigurationProperties("portal.sso")
public record SsoSettings(String rolesClaim, Map<String, String> roleMapping, boolean createUnknownUsers,
        Boolean localLogin) {

    public SsoSettings {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        roleMapping = roleMapping == null ? Map.of() : new LinkedHashMap<>(roleMapping);
        localLogin = localLogin == null || localLogin;
    }

    /** The portal roles the claim's values map to; unknown values and the receiver role are left out. */
    public Set<String> rolesFrom(Object claim) {
        List<?> values = claim instanceof java.util.Collection<?> c ? List.copyOf(c)
                : claim == null ? List.of() : List.of(claim);
        return Roles.grantableByDirectory(values.stream().map(String::valueOf).map(roleMapping::get)
                .filter(java.util.Objects::nonNull).toList());
    }

    public boolean localLoginEnabled() {
        return Boolean.TRUE.equals(localLogin);
    }
}
