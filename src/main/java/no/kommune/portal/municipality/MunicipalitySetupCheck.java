package no.kommune.portal.municipality;

import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/** The municipality's name, number, logo and colour come first in the first-start checklist: they are on every page. */
@Component
class MunicipalitySetupCheck implements SetupCheck {

    private final MunicipalityProfileRepository profiles;

    MunicipalitySetupCheck(MunicipalityProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<SetupStep> steps() {
        // until the administrator saves the profile, the portal shows the configured defaults
        boolean saved = profiles.findByProfileKey(MunicipalityProfile.KEY).isPresent();
        return List.of(SetupStep.of("municipality", 5, saved, saved ? "setup.detail.municipality"
                : "setup.detail.noMunicipality", new SetupStep.Page(MunicipalityLinks.profile(), "municipality.title", Roles.ADMIN)));
    }
}
