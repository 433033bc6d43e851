package no.kommune.portal.deviations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PersonNames;
import no.kommune.portal.deviations.DeviationViews.ActionLine;
import no.kommune.portal.deviations.DeviationViews.DeviationDetail;
import no.kommune.portal.deviations.DeviationViews.HistoryLine;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading deviations: the reporter's own list, the handling list within the user's data scope, counts,
 * and one deviation in full (a read of a confidential one is logged).
 */
@Service
@Transactional(readOnly = true)
public class DeviationQueries {

    private final DeviationEventRepository events;
    private final CorrectiveActionRepository actions;
    private final DeviationReadLogRepository readLog;
    private final DeviationAccess access;
    private final PersonNames names;
    private final CurrentUser currentUser;

    @PersistenceContext
    private EntityManager em;

    public DeviationQueries(DeviationEventRepository events, CorrectiveActionRepository actions,
            DeviationReadLogRepository readLog, DeviationAccess access, PersonNames names, CurrentUser currentUser) {
        this.events = events;
        this.actions = actions;
        this.readLog = readLog;
        this.access = access;
        this.names = names;
        this.currentUser = currentUser;
    }

    /** The signed-in user's own reports, newest first. */
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public List<DeviationRow> mine(int offset, int limit) {
        return query(DeviationFilter.mine(), offset, limit, false, true);
    }

    /**
     * One page of the handling list, newest first (or oldest first). Never counts: the ids of the page are
     * read from an index (deferred join), then only those rows are loaded.
     */
    @PreAuthorize(DeviationRules.LIST)
    public List<DeviationRow> page(DeviationFilter filter, int offset, int limit, boolean oldestFirst) {
        return query(filter, offset, limit, oldestFirst, false);
    }

    /** Number of matching deviations (for a counter shown on request, never on each scroll). */
    @PreAuthorize(DeviationRules.LIST)
    public long count(DeviationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter == null ? DeviationFilter.all() : filter, params, false);
        TypedQuery<Long> q = em.createQuery("select count(d) from Deviation d where " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Open deviations reported to the given units (for leaders' start pages). */
    @PreAuthorize(DeviationRules.LIST)
    public long countOpen(Collection<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(d) from Deviation d where d.status <> :closed"
                        + " and d.reportedToUnit.id in :units", Long.class)
                .setParameter("closed", DeviationStatus.CLOSED).setParameter("units", unitIds).getSingleResult();
    }

    /** One deviation, if the user may read it; a read of a confidential one is logged. */
    @Transactional
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public DeviationDetail detail(Long id) {
        Deviation d = access.find(id);
        if (!access.mayRead(d)) {
            throw new AccessDeniedException("Deviation " + id + " is not visible to the user");
        }
        if (d.isPersonalData()) {
            readLog.save(new DeviationReadLog(d));
        }
        List<DeviationEvent> rows = events.findHistory(id);
        Map<String, String> fullNames = names.fullNames(rows.stream().map(DeviationEvent::getCreatedBy).toList());
        List<HistoryLine> history = rows.stream()
                .map(e -> new HistoryLine(e.getCreatedAt(),
                        fullNames.getOrDefault(e.getCreatedBy(), e.getCreatedBy()), e.getKind(), e.getFromStatus(),
                        e.getToStatus(),
                        e.getFromUnit() == null ? "" : e.getFromUnit().getName(),
                        e.getToUnit() == null ? "" : e.getToUnit().getName(), e.getComment()))
                .toList();
        List<ActionLine> actionLines = actions.findByDeviation(id).stream()
                .map(a -> new ActionLine(a.getId(), a.getDescription(), a.getOwner().getFullName(), a.getDeadline(),
                        a.getDoneAt()))
                .toList();
        List<String> chain = d.getHandlers().stream().map(UserAccount::getFullName).sorted(Formats.norwegianOrder())
                .toList();
        return new DeviationDetail(d.getId(), d.getVersion(), d.getTitle(), d.getDescription(), d.getOccurredAt(),
                d.getLocationUnit().getName(), d.getLocationText(), d.getCategory().getName(), d.getSeverity(),
                d.getImmediateAction(), d.isPersonalData(), d.getStatus(), d.getReporter().getFullName(),
                d.getReportedAt(), d.getReportedToUnit().getId(), d.getReportedToUnit().getName(),
                d.getHandler() == null ? "" : d.getHandler().getFullName(), chain, d.getCause(), d.getMeasures(),
                d.getLearning(), d.getClosedAt(), history, actionLines, access.mayHandle(d), access.mayReopen(d),
                DeviationAccess.stuck(d), access.mayTakeOver(d));
    }

    private List<DeviationRow> query(DeviationFilter filter, int offset, int limit, boolean oldestFirst,
            boolean mineOnly) {
        if (limit <= 0) {
            return List.of();
        }
        DeviationFilter f = filter == null ? DeviationFilter.all() : filter;
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params, mineOnly);
        String dir = oldestFirst ? "asc" : "desc";
        TypedQuery<Long> ids = em.createQuery("select d.id from Deviation d where " + where
                + " order by d.reportedAt " + dir + ", d.id " + dir, Long.class);
        params.forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(limit, 500))
                .getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Deviation> byId = em.createQuery("select d from Deviation d join fetch d.category"
                        + " join fetch d.reportedToUnit left join fetch d.handler where d.id in :ids", Deviation.class)
                .setParameter("ids", pageIds).getResultList().stream()
                .collect(Collectors.toMap(Deviation::getId, Function.identity()));
        return pageIds.stream().map(byId::get).filter(Objects::nonNull).map(DeviationQueries::toRow).toList();
    }

    static DeviationRow toRow(Deviation d) {
        return new DeviationRow(d.getId(), d.isPersonalData() ? null : d.getTitle(), d.getCategory().getName(),
                d.getSeverity(), d.getStatus(), d.getOccurredAt(), d.getReportedAt(), d.getReportedToUnit().getName(),
                d.getHandler() == null ? "" : d.getHandler().getFullName(), d.isPersonalData());
    }

    /** The filter plus the data scope of the signed-in user, as JPQL over alias {@code d}. */
    private String where(DeviationFilter f, Map<String, Object> params, boolean forceMine) {
        List<String> where = new ArrayList<>();
        where.add("1 = 1");
        if (f.status() != null) {
            where.add("d.status = :status");
            params.put("status", f.status());
        } else if (f.openOnly()) {
            where.add("d.status in :openStatuses");
            params.put("openStatuses", List.of(DeviationStatus.NEW, DeviationStatus.IN_PROGRESS,
                    DeviationStatus.MEASURES_IMPLEMENTED));
        }
        if (f.unitId() != null) {
            where.add("d.reportedToUnit.id in :unitFilter");
            params.put("unitFilter", currentUser.withDescendants(Set.of(f.unitId())));
        }
        if (f.categoryId() != null) {
            where.add("d.category.id = :category");
            params.put("category", f.categoryId());
        }
        Long me = currentUser.account().map(UserAccount::getId).orElse(-1L);
        if (forceMine || f.mineOnly()) {
            where.add("d.reporter.id = :me");
            params.put("me", me);
        } else if (!currentUser.hasRole(Roles.QUALITY)) {
            List<String> scope = new ArrayList<>();
            scope.add("d.reporter.id = :me");
            params.put("me", me);
            if (currentUser.hasRole(Roles.MANAGEMENT)) {
                scope.add("d.personalData = false");
            }
            if (currentUser.hasRole(Roles.LEADER)) {
                Set<Long> led = currentUser.ledUnitIds();
                if (!led.isEmpty()) {
                    scope.add("(d.personalData = false and d.reportedToUnit.id in :led)");
                    params.put("led", led);
                }
                scope.add("d.handler.id = :me");
                scope.add("d.id in (select d2.id from Deviation d2 join d2.handlers h where h.id = :me)");
            }
            where.add("(" + String.join(" or ", scope) + ")");
        }
        return String.join(" and ", where);
    }
}
