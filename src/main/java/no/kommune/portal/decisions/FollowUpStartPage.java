package no.kommune.portal.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageCard.Figure;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/**
 * The follow-up's part of the start pages: a leader's own overdue, due-soon and not-updated mandates; the
 * municipality's picture for management; a politician's bodies. Every figure links to the list behind it.
 */
@Component
class FollowUpStartPage implements StartPageContributor {

    private final FollowUpService followUp;
    private final FollowUpFigures figures;
    private final CurrentUser currentUser;
    private final OrganisationService organisation;

    FollowUpStartPage(FollowUpService followUp, FollowUpFigures figures, CurrentUser currentUser,
            OrganisationService organisation) {
        this.followUp = followUp;
        this.figures = figures;
        this.currentUser = currentUser;
        this.organisation = organisation;
    }

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        List<StartPageCard> cards = new ArrayList<>();
        if (currentUser.hasRole(Roles.LEADER)) {
            cards.add(leaderCard());
        }
        if (currentUser.hasRole(Roles.MANAGEMENT)) {
            cards.addAll(managementCards());
        }
        if (currentUser.hasRole(Roles.POLITICIAN)) {
            cards.addAll(politicianCards());
        }
        return cards;
    }

    private StartPageCard leaderCard() {
        FollowUpFilter mine = FollowUpFilter.all().mine();
        return StartPageCard.of(Roles.LEADER, 10, "start-my-mandates", "decisions.start.mine", List.of(
                Figure.key("decisions.start.overdue", followUp.count(mine.overdue()), DecisionLinks.myOverdueMandates(), true),
                Figure.key("decisions.start.dueSoon", followUp.count(mine.dueWithin(FollowUpFilter.DUE_SOON_DAYS)),
                        DecisionLinks.myMandatesDueSoon(), false),
                Figure.key("decisions.start.notUpdated", followUp.count(mine.notUpdated()),
                        DecisionLinks.myMandatesNotUpdated(), true),
                Figure.key("decisions.start.allMine", followUp.count(mine), DecisionLinks.myMandates(), false)));
    }

    private List<StartPageCard> managementCards() {
        List<Figure> perState = new ArrayList<>();
        Map<MandateState, Long> counts = followUp.countsByState(FollowUpFilter.all());
        counts.forEach((state, count) -> perState.add(Figure.key("decisions.state." + state, count,
                DecisionLinks.followUp(null, state), state == MandateState.DELAYED)));
        perState.add(Figure.key("decisions.start.overdue", followUp.count(FollowUpFilter.all().overdue()),
                DecisionLinks.overdue(null), true));

        List<Figure> perArea = new ArrayList<>(figures.openPerServiceArea().stream()
                .map(a -> Figure.text(a.name(), a.open(), DecisionLinks.followUpOfUnit(a.unitId()), false)).toList());
        long withoutUnit = figures.openWithoutUnit();
        if (withoutUnit > 0) {
            perArea.add(Figure.key("decisions.start.noUnit", withoutUnit, DecisionLinks.followUp(), false));
        }
        List<Figure> perLeader = figures.overduePerResponsible(10).stream()
                .map(p -> Figure.text(p.name(), p.overdue(), DecisionLinks.overdueOfResponsible(p.userId()), true))
                .toList();
        return List.of(
                StartPageCard.of(Roles.MANAGEMENT, 10, "start-mandates-per-status", "decisions.start.perStatus", perState),
                StartPageCard.of(Roles.MANAGEMENT, 11, "start-mandates-per-area", "decisions.start.perArea", perArea),
                StartPageCard.of(Roles.MANAGEMENT, 12, "start-overdue-per-leader", "decisions.start.perLeader",
                        perLeader));
    }

    private List<StartPageCard> politicianCards() {
        List<StartPageCard> cards = new ArrayList<>();
        int order = 10;
        for (Long bodyId : currentUser.bodyIds()) {
            var body = organisation.findBody(bodyId).orElse(null);
            if (body == null) {
                continue;
            }
            FollowUpFilter ofBody = FollowUpFilter.all().ofBody(bodyId);
            List<Figure> perState = new ArrayList<>();
            followUp.countsByState(ofBody).forEach((state, count) -> perState.add(Figure.key("decisions.state." + state,
                    count, DecisionLinks.followUp(bodyId, state), state == MandateState.DELAYED)));
            perState.add(Figure.key("decisions.start.overdue", followUp.count(ofBody.overdue()),
                    DecisionLinks.overdue(bodyId), true));
            cards.add(StartPageCard.named(Roles.POLITICIAN, order++, "start-body-" + bodyId, body.getName(), perState));
        }
        return cards;
    }
}
