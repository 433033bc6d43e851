package no.kommune.portal.checklists;

import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.base.Link;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageCard.Figure;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/**
 * Internal control on the start pages: a leader's checklists still to submit; for quality and management the
 * newest round's progress per service area, with the units past the deadline.
 */
@Component
class ChecklistStartPage implements StartPageContributor {

    private final ChecklistService service;
    private final CurrentUser currentUser;

    ChecklistStartPage(ChecklistService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        List<StartPageCard> cards = new ArrayList<>();
        if (currentUser.hasRole(Roles.LEADER)) {
            long open = service.unansweredFor(currentUser.ledUnitIds());
            cards.add(StartPageCard.of(Roles.LEADER, 20, "start-my-checklists", "checklists.start.mine", List.of(
                    Figure.key("checklists.start.toSubmit", open, ChecklistLinks.myChecklists(), true))));
        }
        List<String> overviewRoles = List.of(Roles.QUALITY, Roles.MANAGEMENT).stream()
                .filter(currentUser::hasRole).toList();
        if (!overviewRoles.isEmpty()) {
            roundProgress().ifPresent(card -> overviewRoles.forEach(
                    role -> cards.add(card.forRole(role, "start-checklist-round-" + role))));
        }
        return cards;
    }

    private java.util.Optional<StartPageCard> roundProgress() {
        return service.roundPage(0, 1).stream().findFirst().map(round -> {
            List<ChecklistViews.ServiceAreaCompletion> areas = service.serviceAreaCompletion(round.id());
            Link link = ChecklistLinks.overview(round.id());
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.key("checklists.start.submitted",
                    areas.stream().mapToLong(ChecklistViews.ServiceAreaCompletion::submitted).sum(), link, false));
            figures.add(Figure.key("checklists.start.checklists",
                    areas.stream().mapToLong(ChecklistViews.ServiceAreaCompletion::checklists).sum(), link, false));
            figures.add(Figure.key("checklists.start.overdue",
                    areas.stream().mapToLong(ChecklistViews.ServiceAreaCompletion::overdue).sum(), link, true));
            for (ChecklistViews.ServiceAreaCompletion area : areas) {
                // per service area: how many of its checklists are submitted (the total is on the overview)
                figures.add(Figure.text(area.serviceAreaName(), area.submitted(), link, false));
            }
            return StartPageCard.of(Roles.QUALITY, 20, "start-checklist-round", "checklists.start.latestRound", figures)
                    .withSubtitle(round.name());
        });
    }
}
