package no.kommune.portal.notifications;

import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Mail in the first-start checklist: optional (notifications are shown in the portal either way), set in the configuration. */
@Component
class MailSetupCheck implements SetupCheck {

    private final boolean enabled;

    MailSetupCheck(@Value("${portal.mail.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public List<SetupStep> steps() {
        return List.of(SetupStep.optional("mail", 85, enabled, enabled ? "setup.detail.mail" : "setup.detail.noMail",
                null));
    }
}
