package no.kommune.portal.supervisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitCases;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Closing a unit (decision 020): the supervisions it owns that are not Lukket (Åpen, Under oppfølging) move to the
 * receiving unit, whose leader then follows them up. Each move is an "Endret" history row naming the change as an
 * edit does ("Enhet: A → B") with the reason. The sector text is the supervision authority's own wording and is
 * left as it is. Closed supervisions stay with the closed unit.
 */
@Component
@Order(40)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class SupervisionUnitCases implements UnitCases {

    private final SupervisionEventRepository events;

    @PersistenceContext
    private EntityManager em;

    SupervisionUnitCases(SupervisionEventRepository events) {
        this.events = events;
    }

    @Override
    public String countKey() {
        return "supervisions.unitClosing.count";
    }

    @Override
    public long countOpen(OrgUnit unit) {
        return em.createQuery("select count(s) from Supervision s where s.unit = :unit and s.status <> :closed",
                        Long.class)
                .setParameter("unit", unit).setParameter("closed", SupervisionStatus.CLOSED).getSingleResult();
    }

    @Override
    public List<Refusal> refusals(OrgUnit unit, OrgUnit target) {
        return List.of();
    }

    @Override
    public int moveOpen(OrgUnit unit, OrgUnit target, String reason) {
        List<Supervision> open = em.createQuery(
                        "select s from Supervision s where s.unit = :unit and s.status <> :closed order by s.id",
                        Supervision.class)
                .setParameter("unit", unit).setParameter("closed", SupervisionStatus.CLOSED).getResultList();
        for (Supervision s : open) {
            Map<String, String> before = SupervisionChanges.trackedFields(s);
            s.moveTo(target);
            String changed = SupervisionChanges.describe(before, SupervisionChanges.trackedFields(s));
            events.save(new SupervisionEvent(s, SupervisionEvent.Kind.EDITED, null, null, null,
                    changed + "; " + reason));
        }
        return open.size();
    }
}
