package no.kommune.portal.whistleblowing;

import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageCard.Figure;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/** For the whistleblowing receiver only: how many cases wait. Numbers, never content. */
@Component
class WhistleblowingStartPage implements StartPageContributor {

    private final WhistleblowingService service;
    private final CurrentUser currentUser;

    WhistleblowingStartPage(WhistleblowingService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        if (!currentUser.hasRole(Roles.WHISTLEBLOWING_RECEIVER)) {
            return List.of();
        }
        return List.of(StartPageCard.of(Roles.WHISTLEBLOWING_RECEIVER, 10, "start-whistleblowing",
                "whistleblowing.start.title", List.of(
                        Figure.key("whistleblowing.start.received", service.count(CaseStatus.RECEIVED, null),
                                WhistleblowingLinks.inbox(), true),
                        Figure.key("whistleblowing.start.inProgress", service.count(CaseStatus.IN_PROGRESS, null),
                                WhistleblowingLinks.inbox(), false))));
    }
}
