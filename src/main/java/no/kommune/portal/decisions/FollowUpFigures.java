package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality-wide figures of the follow-up (per service area, overdue per responsible leader) for the
 * management start page. Grouped in the database; only the handful of groups comes back.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpFigures {

    private static final String MANAGEMENT = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.ADMIN + "')";
    private static final List<MandateState> CLOSED = List.of(MandateState.DONE, MandateState.CANCELLED);

    /** Open and overdue mandates of one service area (rammeområde), counting the units below it. */
    public record AreaCount(Long unitId, String name, long open, long overdue) {
    }

    public record PersonCount(Long userId, String name, long overdue) {
    }

    @PersistenceContext
    private EntityManager em;
    private final OrganisationService organisation;
    private final Clock clock;

    FollowUpFigures(OrganisationService organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    @PreAuthorize(MANAGEMENT)
    public List<AreaCount> openPerServiceArea() {
        List<Object[]> rows = em.createQuery("select m.unit.id, count(m),"
                + " sum(case when m.delayedSince <= :today then 1 else 0 end)"
                + " from Mandate m where m.status.state not in :closed and m.unit is not null group by m.unit.id",
                Object[].class)
                .setParameter("today", today()).setParameter("closed", CLOSED).getResultList();
        Map<Long, UnitNode> units = new HashMap<>();
        organisation.unitTree().forEach(u -> units.put(u.id(), u));
        Map<Long, long[]> perArea = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UnitNode area = serviceAreaOf(units.get((Long) row[0]), units);
            long[] counts = perArea.computeIfAbsent(area.id(), id -> new long[2]);
            counts[0] += (Long) row[1];
            counts[1] += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        List<AreaCount> result = new ArrayList<>();
        perArea.forEach((id, c) -> result.add(new AreaCount(id, units.get(id).name(), c[0], c[1])));
        result.sort(Comparator.comparing(AreaCount::name, Formats.norwegianOrder()));
        return result;
    }

    /** Open mandates not tied to any unit (imported rows often name a person only). */
    @PreAuthorize(MANAGEMENT)
    public long openWithoutUnit() {
        return em.createQuery("select count(m) from Mandate m where m.status.state not in :closed and m.unit is null",
                Long.class).setParameter("closed", CLOSED).getSingleResult();
    }

    @PreAuthorize(MANAGEMENT)
    public List<PersonCount> overduePerResponsible(int limit) {
        return em.createQuery("select u.id, u.fullName, count(m) from Mandate m join m.responsibles u"
                + " where m.delayedSince <= :today"
                + " group by u.id, u.fullName order by count(m) desc, u.fullName", Object[].class)
                .setParameter("today", today())
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new PersonCount((Long) r[0], (String) r[1], (Long) r[2])).toList();
    }

    /** The service area a unit belongs to; a unit directly under the municipality counts as its own area. */
    private static UnitNode serviceAreaOf(UnitNode unit, Map<Long, UnitNode> units) {
        UnitNode current = unit;
        while (current.type() != OrgUnitType.SERVICE_AREA && current.parentId() != null
                && units.get(current.parentId()).type() != OrgUnitType.MUNICIPALITY) {
            current = units.get(current.parentId());
        }
        return current;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
