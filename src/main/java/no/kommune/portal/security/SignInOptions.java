package no.kommune.portal.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: a button per single sign-on provider, and the password form unless it is off. */
@Component
public class SignInOptions {

    /** A provider as the login page links to it: {@code /oauth2/authorization/<id>}, labelled with its name. */
    public record Provider(String id, String name) {
        public String path() {
            return "oauth2/authorization/" + id;
        }
    }

    private final List<Provider> providers = new ArrayList<>();
    private final boolean localLogin;

    public SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations, SsoSettings settings) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.localLogin = settings.localLoginEnabled();
    }

    public List<Provider> providers() {
        return List.copyOf(providers);
    }

    public boolean localLogin() {
        return localLogin;
    }
}
