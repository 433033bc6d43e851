package no.kommune.portal.security;

import java.util.List;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.organisation.UserDirectory.SsoIdentity;
import no.kommune.portal.organisation.UserDirectory.SsoRefusedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the identity provider has signed a person in: finds (or links, or creates) her portal account and gives
 * the session the portal's roles. The session's name is the portal username, so history, scope and notifications
 * work the same for both ways of signing in. A refusal becomes an OAuth2 error whose code the login page explains.
 */
public class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserDirectory directory;
    private final SsoSettings settings;

    public PortalOidcUserService(UserDirectory directory, SsoSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        UserDirectory.Login login;
        try {
            login = directory.signInWithSso(identityOf(person),
                    settings.rolesFrom(person.getClaim(settings.rolesClaim())), settings.createUnknownUsers());
        } catch (SsoRefusedException refused) {
            throw new OAuth2AuthenticationException(new OAuth2Error(SsoErrors.code(refused.reason())),
                    refused.getMessage());
        }
        List<SimpleGrantedAuthority> authorities = login.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new PortalOidcUser(authorities, person, login.username());
    }

    /**
     * Entra ID's object id ({@code oid}) is the same for the person in every app of the tenant; other providers
     * have only {@code sub}. Prefixed with the issuer, so two providers can never name the same account.
     */
    static SsoIdentity identityOf(OidcUser person) {
        String stableId = person.getClaimAsString("oid") != null ? person.getClaimAsString("oid") : person.getSubject();
        String issuer = person.getIssuer() == null ? "" : person.getIssuer().toString();
        String email = person.getEmail() != null ? person.getEmail() : person.getClaimAsString("upn");
        return new SsoIdentity(issuer + "|" + stableId, email, person.getPreferredUsername(), person.getFullName());
    }

    /** The provider's person with the portal's roles, named by her portal username. */
    static final class PortalOidcUser extends DefaultOidcUser {
        private static final long serialVersionUID = 1L;
        private final String username;

        PortalOidcUser(List<SimpleGrantedAuthority> authorities, OidcUser person, String username) {
            super(authorities, person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PortalOidcUser other && super.equals(o) && username.equals(other.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
