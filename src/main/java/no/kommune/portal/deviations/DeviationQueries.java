package no.kommune.portal.deviations;

import jakarta.persistence.criteria.JoinType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.CountCache;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
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

    /** Most rows one page request may load. */
    private static final int MAX_PAGE = 500;

    /** What a deviation count reads: deviations, their handlers, and who belongs where (the reader is in the key). */
    private static final List<String> COUNTED_FEATURES = List.of("deviations", "organisation");

    private final ListQueries lists;
    private final CountCache countCache;

    /** A count is kept per filter and per reader (who may see which rows), see {@link CountCache}. */
    private record CountKey(DeviationFilter filter, DeviationSpecifications.Reader reader) {
    }

    public DeviationQueries(DeviationEventRepository events, CorrectiveActionRepository actions,
            DeviationReadLogRepository readLog, DeviationAccess access, PersonNames names, CurrentUser currentUser,
            ListQueries lists, CountCache countCache) {
        this.countCache = countCache;
        this.lists = lists;
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
        DeviationFilter f = filter == null ? DeviationFilter.all() : filter;
        DeviationSpecifications.Reader reader = reader(f);
        // a leader's scope is an OR over reporter, units, handler and handler groups that no index serves: a full
        // scan of the table, so kept until a deviation changes (issue 15's load run: a tenth of the database's time)
        return countCache.get(new CountKey(f, reader), COUNTED_FEATURES,
                () -> lists.count(Deviation.class, DeviationSpecifications.where(f, reader, false)));
    }

    /** Open deviations reported to the given units (for leaders' start pages). */
    @PreAuthorize(DeviationRules.LIST)
    public long countOpen(Collection<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            return 0;
        }
        return lists.count(Deviation.class, (d, query, cb) -> cb.and(
                cb.notEqual(d.get("status"), DeviationStatus.CLOSED), d.get("reportedToUnit").get("id").in(unitIds)));
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
        DeviationFilter f = filter == null ? DeviationFilter.all() : filter;
        return lists.pageByIds(Deviation.class, DeviationSpecifications.where(f, reader(f), mineOnly),
                DeviationSpecifications.byReportedAt(oldestFirst), offset, Math.min(limit, MAX_PAGE), d -> {
                    d.fetch("category");
                    d.fetch("reportedToUnit");
                    d.fetch("handler", JoinType.LEFT);
                }).stream().map(DeviationQueries::toRow).toList();
    }

    static DeviationRow toRow(Deviation d) {
        return new DeviationRow(d.getId(), d.isPersonalData() ? null : d.getTitle(), d.getCategory().getName(),
                d.getSeverity(), d.getStatus(), d.getOccurredAt(), d.getReportedAt(), d.getReportedToUnit().getName(),
                d.getHandler() == null ? "" : d.getHandler().getFullName(), d.isPersonalData());
    }

    /** The signed-in user as the data scope needs it (see {@link DeviationSpecifications#where}). */
    private DeviationSpecifications.Reader reader(DeviationFilter f) {
        long me = currentUser.accountId().orElse(-1L);
        boolean leader = currentUser.hasRole(Roles.LEADER);
        return new DeviationSpecifications.Reader(me, currentUser.hasRole(Roles.QUALITY),
                currentUser.hasRole(Roles.MANAGEMENT), leader, leader ? currentUser.ledUnitIds() : Set.of(),
                f.unitId() == null ? Set.of() : currentUser.withDescendants(Set.of(f.unitId())));
    }
}
