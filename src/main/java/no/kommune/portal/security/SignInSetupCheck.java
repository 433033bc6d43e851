package no.kommune.portal.security;

import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import org.springframework.stereotype.Component;

/**
 * Single sign-on in the first-start checklist. It is set in the configuration (README), not on a page, and it is
 * optional: a small municipality may keep passwords.
 */
@Component
class SignInSetupCheck implements SetupCheck {

    private final SignInOptions signIn;

    SignInSetupCheck(SignInOptions signIn) {
        this.signIn = signIn;
    }

    @Override
    public List<SetupStep> steps() {
        int providers = signIn.providers().size();
        return List.of(
                SetupStep.optional("singleSignOn", 80, providers > 0, providers > 0 ? "setup.detail.sso"
                        : "setup.detail.noSso", null, providers));
    }
}
