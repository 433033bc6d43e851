package no.kommune.portal.setup;

import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/**
 * The administrator's start page shows the first-start checklist's progress while a required step is missing, so a
 * new installation leads her through the set-up (issue 12 item 4); once everything required is done the card goes.
 */
@Component
class SetupStartPage implements StartPageContributor {

    private final SetupService setup;
    private final CurrentUser currentUser;

    SetupStartPage(SetupService setup, CurrentUser currentUser) {
        this.setup = setup;
        this.currentUser = currentUser;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        if (!currentUser.hasRole(Roles.ADMIN)) {
            return List.of();
        }
        SetupService.Progress progress = setup.progress();
        if (progress.missing() == 0) {
            return List.of();
        }
        return List.of(StartPageCard.of(Roles.ADMIN, 0, "card-setup", "setup.card.title", List.of(
                StartPageCard.Figure.key("setup.card.missing", progress.missing(), SetupLinks.checklist(), true),
                StartPageCard.Figure.key("setup.card.done", progress.done(), SetupLinks.checklist(), false))));
    }

    @Override
    public List<String> alsoDependsOn() {
        return List.of("decisions", "checklists", "deviations");
    }
}
