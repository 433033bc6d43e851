package no.kommune.portal.supervisions;

import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageCard.Figure;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/**
 * Supervisions on the start pages: findings still open or under follow-up, for quality and management
 * (the whole register) and for leaders (their units, through the service's scope).
 */
@Component
class SupervisionStartPage implements StartPageContributor {

    private final SupervisionService service;
    private final CurrentUser currentUser;

    SupervisionStartPage(SupervisionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        List<String> roles = List.of(Roles.MANAGEMENT, Roles.QUALITY, Roles.LEADER).stream()
                .filter(currentUser::hasRole).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        // the service scopes the counts to the user (a leader: her units), so one count serves every role shown
        StartPageCard card = StartPageCard.of(roles.getFirst(), 40, "start-supervisions", "supervisions.start.title",
                List.of(figure(SupervisionStatus.OPEN, true), figure(SupervisionStatus.FOLLOW_UP, false)));
        return roles.stream().map(role -> card.forRole(role, "start-supervisions-" + role)).toList();
    }

    private Figure figure(SupervisionStatus status, boolean attention) {
        long count = service.count(new SupervisionFilter(null, null, null, status, null, null));
        return Figure.key("supervisions.start." + status.name(), count, SupervisionLinks.list(), attention);
    }
}
