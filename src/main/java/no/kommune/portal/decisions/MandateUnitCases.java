package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitCases;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Closing a unit (decision 020): the open mandates (status not Ferdig or Bortfalt) whose responsible unit it is
 * move to the receiving unit, each written as a correction of the field "Enhet" (old → new, the reason, who) that
 * the mandate's page lists under "Rettinger", as a correction by management would be. The responsible people, the
 * status and its reporting history are not touched. Finished and cancelled mandates keep the closed unit.
 */
@Component
@Order(20)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class MandateUnitCases implements UnitCases {

    private static final List<MandateState> CLOSED = List.of(MandateState.DONE, MandateState.CANCELLED);

    private final DecisionCorrectionRepository corrections;
    private final CurrentUser currentUser;

    @PersistenceContext
    private EntityManager em;

    MandateUnitCases(DecisionCorrectionRepository corrections, CurrentUser currentUser) {
        this.corrections = corrections;
        this.currentUser = currentUser;
    }

    @Override
    public String countKey() {
        return "decisions.unitClosing.count";
    }

    @Override
    public long countOpen(OrgUnit unit) {
        return em.createQuery("select count(m) from Mandate m where m.unit = :unit and m.status.state not in :closed",
                        Long.class)
                .setParameter("unit", unit).setParameter("closed", CLOSED).getSingleResult();
    }

    @Override
    public List<Refusal> refusals(OrgUnit unit, OrgUnit target) {
        return List.of();
    }

    @Override
    public int moveOpen(OrgUnit unit, OrgUnit target, String reason) {
        List<Mandate> open = em.createQuery(
                        "select m from Mandate m where m.unit = :unit and m.status.state not in :closed order by m.id",
                        Mandate.class)
                .setParameter("unit", unit).setParameter("closed", CLOSED).getResultList();
        String who = currentUser.account().map(UserAccount::getFullName)
                .orElseGet(() -> currentUser.username().orElse(""));
        for (Mandate m : open) {
            m.setUnit(target);
            corrections.save(new DecisionCorrection(m.getDecision(), m, "unit", unit.getName(), target.getName(),
                    reason, who));
        }
        return open.size();
    }
}
