package no.kommune.portal.deviations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deviations: reporting (every signed-in user), handling by the leader of the unit it is reported to
 * (status, forwarding across units, corrective actions, closing and reopening) and reading under the
 * confidentiality rule: a deviation with personal or health data is visible only to the reporter, the
 * leaders of its handling chain and quality, and every read of it is logged.
 */
@Service
@Transactional(readOnly = true)
public class DeviationService {

    /** The handling list: leaders, quality and management (each within their scope). */
    public static final String LIST = "hasAnyRole('" + Roles.LEADER + "','" + Roles.QUALITY + "','"
            + Roles.MANAGEMENT + "')";
    static final String HANDLE = "hasRole('" + Roles.LEADER + "')";
    static final String REOPEN = "hasAnyRole('" + Roles.LEADER + "','" + Roles.QUALITY + "')";
    static final String QUALITY = "hasRole('" + Roles.QUALITY + "')";
    static final String SIGNED_IN = "isAuthenticated()";

    /** A little slack for clocks when checking that "when" is not in the future. */
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);
    /** Anything earlier is a typing error (e.g. year 205 for 2025). */
    private static final int EARLIEST_YEAR = 2000;

    private final DeviationRepository deviations;
    private final DeviationEventRepository events;
    private final CorrectiveActionRepository actions;
    private final DeviationReadLogRepository readLog;
    private final DeviationCategoryRepository categories;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    public DeviationService(DeviationRepository deviations, DeviationEventRepository events,
            CorrectiveActionRepository actions, DeviationReadLogRepository readLog,
            DeviationCategoryRepository categories,
            CurrentUser currentUser, Notifier notifier, Clock clock) {
        this.deviations = deviations;
        this.events = events;
        this.actions = actions;
        this.readLog = readLog;
        this.categories = categories;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    // ---- reporting -------------------------------------------------------------------------------------

    @PreAuthorize(SIGNED_IN)
    public List<DeviationCategory> categories() {
        return categories.findByActiveTrueOrderBySortOrder();
    }

    // ---- categories (configurable by quality) ---------------------------------------------------------------

    @PreAuthorize(QUALITY)
    public List<DeviationCategory> allCategories() {
        return categories.findAllByOrderBySortOrder();
    }

    /** Adds a main category; the code is a stable key (A-Z, 0-9, _), the name what users see. */
    @Transactional
    @PreAuthorize(QUALITY)
    public DeviationCategory addCategory(String code, String name) {
        String c = required(code, TextLimits.CODE, "deviations.error.codeRequired").toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9_]+")) {
            throw new UserFacingException("deviations.error.codeFormat");
        }
        if (categories.findByCode(c).isPresent()) {
            throw new UserFacingException("deviations.error.codeExists", c);
        }
        String n = required(name, TextLimits.NAME, "deviations.error.nameRequired");
        int order = categories.findAllByOrderBySortOrder().stream().mapToInt(DeviationCategory::getSortOrder).max()
                .orElse(0) + 10;
        return categories.saveAndFlush(new DeviationCategory(c, n, order));
    }

    @Transactional
    @PreAuthorize(QUALITY)
    public DeviationCategory renameCategory(Long id, String name) {
        DeviationCategory category = categories.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        category.setName(required(name, TextLimits.NAME, "deviations.error.nameRequired"));
        return categories.saveAndFlush(category);
    }

    /** Deactivated categories are no longer offered for new reports; existing deviations keep theirs. */
    @Transactional
    @PreAuthorize(QUALITY)
    public DeviationCategory setCategoryActive(Long id, boolean active) {
        DeviationCategory category = categories.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        category.setActive(active);
        return categories.saveAndFlush(category);
    }

    /** The unit a new report is preselected with: the first unit the reporter works in. */
    @PreAuthorize(SIGNED_IN)
    public java.util.Optional<Long> defaultUnitId() {
        return currentUser.memberUnitIds().stream().sorted().findFirst();
    }

    /** What the reporter is shown after sending: the number and who received it. */
    public record Receipt(Long id, String unitName, String leaderName) {
    }

    /** Reports a deviation; it goes to the nearest leader of the unit (walking up the tree if it has none). */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public Receipt report(DeviationDraft draft) {
        if (draft == null) {
            throw new UserFacingException("deviations.error.titleRequired");
        }
        String title = required(draft.title(), TextLimits.NAME, "deviations.error.titleRequired");
        String description = required(draft.description(), TextLimits.LONG_TEXT, "deviations.error.descriptionRequired");
        if (draft.occurredAt() == null) {
            throw new UserFacingException("deviations.error.occurredRequired");
        }
        Instant occurred = draft.occurredAt().atZone(Formats.ZONE).toInstant();
        Instant now = clock.instant();
        if (occurred.isAfter(now.plus(FUTURE_SLACK))) {
            throw new UserFacingException("validation.futureDate");
        }
        if (draft.occurredAt().getYear() < EARLIEST_YEAR) {
            throw new UserFacingException("validation.invalidDate");
        }
        if (draft.unitId() == null) {
            throw new UserFacingException("deviations.error.unitRequired");
        }
        if (draft.categoryId() == null) {
            throw new UserFacingException("deviations.error.categoryRequired");
        }
        if (draft.severity() == null) {
            throw new UserFacingException("deviations.error.severityRequired");
        }
        String place = optional(draft.locationText(), TextLimits.NAME);
        String immediate = optional(draft.immediateAction(), TextLimits.LONG_TEXT);
        OrgUnit unit = findUnit(draft.unitId()).filter(OrgUnit::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.unitRequired"));
        DeviationCategory category = categories.findById(draft.categoryId()).filter(DeviationCategory::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.categoryRequired"));
        UserAccount reporter = currentUser.requireAccount();

        Deviation d = new Deviation(title, description, occurred, unit, category, draft.severity(), reporter, now);
        d.setLocationText(place);
        d.setImmediateAction(immediate);
        d.setPersonalData(draft.personalData());
        UserAccount leader = unit.nearestActiveLeader();
        d.assign(unit, leader);
        deviations.saveAndFlush(d);
        events.save(new DeviationEvent(d, DeviationEvent.Kind.REPORTED, null, DeviationStatus.NEW, null, unit, null));
        if (leader != null) {
            notifier.send(new Notice(leader.getUsername(), "DEVIATION_ASSIGNED",
                    "deviation-" + d.getId() + "-assigned-" + unit.getId(), "deviations.notice.assigned",
                    List.of(String.valueOf(d.getId()), unit.getName()), "avvik/" + d.getId()));
        }
        notifier.send(new Notice(reporter.getUsername(), "DEVIATION_RECEIPT", "deviation-" + d.getId() + "-receipt",
                "deviations.notice.receipt", List.of(String.valueOf(d.getId()), unit.getName()), "avvik/" + d.getId()));
        return new Receipt(d.getId(), unit.getName(), leader == null ? "" : leader.getFullName());
    }

    // ---- lists -------------------------------------------------------------------------------------------

    /** The signed-in user's own reports, newest first. */
    @PreAuthorize(SIGNED_IN)
    public List<DeviationRow> mine(int offset, int limit) {
        return query(DeviationFilter.mine(), offset, limit, false, true);
    }

    /**
     * One page of the handling list, newest first (or oldest first). Never counts: the ids of the page are
     * read from an index (deferred join), then only those rows are loaded.
     */
    @PreAuthorize(LIST)
    public List<DeviationRow> page(DeviationFilter filter, int offset, int limit, boolean oldestFirst) {
        return query(filter, offset, limit, oldestFirst, false);
    }

    /** Number of matching deviations (for a counter shown on request, never on each scroll). */
    @PreAuthorize(LIST)
    public long count(DeviationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params, false);
        TypedQuery<Long> q = em.createQuery("select count(d) from Deviation d where " + where, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Open deviations reported to the given units (for leaders' start pages). */
    @PreAuthorize(LIST)
    public long countOpen(Collection<Long> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(d) from Deviation d where d.status <> :closed"
                        + " and d.reportedToUnit.id in :units", Long.class)
                .setParameter("closed", DeviationStatus.CLOSED).setParameter("units", unitIds).getSingleResult();
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
        return pageIds.stream().map(byId::get).filter(Objects::nonNull).map(DeviationService::toRow).toList();
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

    // ---- reading one ----------------------------------------------------------------------------------------

    public record HistoryLine(Instant when, String who, DeviationEvent.Kind kind, DeviationStatus fromStatus,
            DeviationStatus toStatus, String fromUnit, String toUnit, String comment) {
    }

    public record ActionLine(Long id, String description, String ownerName, LocalDate deadline, Instant doneAt) {
    }

    public record DeviationDetail(Long id, long version, String title, String description, Instant occurredAt,
            String locationUnit, String locationText, String categoryName, Severity severity, String immediateAction,
            boolean personalData, DeviationStatus status, String reporterName, Instant reportedAt,
            Long reportedToUnitId, String reportedToUnit, String handlerName, List<String> handlingChain,
            String cause, String measures, String learning, Instant closedAt, List<HistoryLine> history,
            List<ActionLine> actions, boolean mayHandle, boolean mayReopen) {
    }

    /** One deviation, if the user may read it; a read of a confidential one is logged. */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public DeviationDetail detail(Long id) {
        Deviation d = deviations.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayRead(d)) {
            throw new AccessDeniedException("Deviation " + id + " is not visible to the user");
        }
        if (d.isPersonalData()) {
            readLog.save(new DeviationReadLog(d));
        }
        List<HistoryLine> history = events.findHistory(id).stream()
                .map(e -> new HistoryLine(e.getCreatedAt(), e.getCreatedBy(), e.getKind(), e.getFromStatus(),
                        e.getToStatus(), e.getFromUnit() == null ? "" : e.getFromUnit().getName(),
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
                d.getLearning(), d.getClosedAt(), history, actionLines, mayHandle(d), mayReopen(d));
    }

    boolean mayRead(Deviation d) {
        if (currentUser.hasRole(Roles.QUALITY)) {
            return true;
        }
        String me = currentUser.username().orElse("");
        if (d.getReporter().getUsername().equals(me) || inChain(d, me)) {
            return true;
        }
        if (d.isPersonalData()) {
            return false;
        }
        return currentUser.hasRole(Roles.MANAGEMENT)
                || (currentUser.hasRole(Roles.LEADER) && currentUser.ledUnitIds().contains(d.getReportedToUnit().getId()));
    }

    private static boolean inChain(Deviation d, String username) {
        return d.getHandlers().stream().anyMatch(u -> u.getUsername().equals(username));
    }

    /** The current handler, or a leader of the unit it is reported to (for confidential ones: only the chain). */
    boolean mayHandle(Deviation d) {
        if (!currentUser.hasRole(Roles.LEADER)) {
            return false;
        }
        String me = currentUser.username().orElse("");
        if (d.getHandler() != null && d.getHandler().getUsername().equals(me)) {
            return true;
        }
        boolean leadsUnit = currentUser.ledUnitIds().contains(d.getReportedToUnit().getId());
        return leadsUnit && (!d.isPersonalData() || inChain(d, me));
    }

    boolean mayReopen(Deviation d) {
        return d.getStatus() == DeviationStatus.CLOSED && (mayHandle(d) || currentUser.hasRole(Roles.QUALITY));
    }

    // ---- handling ----------------------------------------------------------------------------------------------

    /** Moves the deviation along Ny → Under behandling → Tiltak iverksatt (closing has its own step). */
    @Transactional
    @PreAuthorize(HANDLE)
    public void changeStatus(Long id, long expectedVersion, DeviationStatus target, String comment) {
        Deviation d = loadForHandling(id, expectedVersion);
        if (target == null) {
            throw new UserFacingException("deviations.error.statusRequired");
        }
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        if (target == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.useClose");
        }
        if (target == d.getStatus()) {
            throw new UserFacingException("deviations.error.sameStatus");
        }
        if (target == DeviationStatus.NEW) {
            throw new UserFacingException("deviations.error.backToNew");
        }
        String text = optional(comment, TextLimits.LONG_TEXT);
        DeviationStatus from = d.getStatus();
        d.setStatus(target);
        events.save(new DeviationEvent(d, DeviationEvent.Kind.STATUS_CHANGED, from, target, null, null, text));
        deviations.saveAndFlush(d);
    }

    /**
     * Forwards to another unit (across service areas too): its nearest leader takes over, the previous
     * leaders stay in the handling chain, and the step is a history row with the comment.
     */
    @Transactional
    @PreAuthorize(HANDLE)
    public void forward(Long id, long expectedVersion, Long toUnitId, String comment) {
        Deviation d = loadForHandling(id, expectedVersion);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        if (toUnitId == null) {
            throw new UserFacingException("deviations.error.unitRequired");
        }
        String text = required(comment, TextLimits.LONG_TEXT, "deviations.error.forwardNeedsComment");
        OrgUnit to = findUnit(toUnitId).filter(OrgUnit::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.unitRequired"));
        OrgUnit from = d.getReportedToUnit();
        if (to.equals(from)) {
            throw new UserFacingException("deviations.error.sameUnit");
        }
        UserAccount leader = to.nearestActiveLeader();
        if (leader == null) {
            throw new UserFacingException("deviations.error.noLeader");
        }
        d.assign(to, leader);
        events.save(new DeviationEvent(d, DeviationEvent.Kind.FORWARDED, d.getStatus(), d.getStatus(), from, to, text));
        deviations.saveAndFlush(d);
        // A confidential deviation's notice carries no free text: notices become mails, and the outbox is read
        // by administrators without a read-log entry (issue 9, item 3). The comment is in the logged history.
        notifier.send(d.isPersonalData()
                ? Notice.withoutFreeText(leader.getUsername(), "DEVIATION_FORWARDED",
                        "deviation-" + d.getId() + "-assigned-" + to.getId(), "deviations.notice.forwardedConfidential",
                        d.getId(), "avvik/" + d.getId())
                : new Notice(leader.getUsername(), "DEVIATION_FORWARDED",
                        "deviation-" + d.getId() + "-assigned-" + to.getId(), "deviations.notice.forwarded",
                        List.of(String.valueOf(d.getId()), from.getName(), text), "avvik/" + d.getId()));
    }

    /** Adds a corrective action with an owner and a deadline (not in the past). */
    @Transactional
    @PreAuthorize(HANDLE)
    public Long addAction(Long id, String description, Long ownerId, LocalDate deadline) {
        Deviation d = loadForHandling(id, null);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        String text = required(description, TextLimits.TITLE, "deviations.error.actionRequired");
        if (ownerId == null) {
            throw new UserFacingException("deviations.error.ownerRequired");
        }
        if (deadline == null) {
            throw new UserFacingException("deviations.error.deadlineRequired");
        }
        if (deadline.isBefore(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            throw new UserFacingException("deviations.error.deadlinePast");
        }
        UserAccount owner = findUser(ownerId).filter(UserAccount::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.ownerRequired"));
        CorrectiveAction action = actions.save(new CorrectiveAction(d, text, owner, deadline));
        events.save(new DeviationEvent(d, DeviationEvent.Kind.ACTION_ADDED, d.getStatus(), d.getStatus(), null, null,
                text + " (" + owner.getFullName() + ", " + Formats.date(deadline) + ")"));
        return action.getId();
    }

    @Transactional
    @PreAuthorize(HANDLE)
    public void completeAction(Long actionId) {
        CorrectiveAction action = actions.findById(actionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Deviation d = loadForHandling(action.getDeviation().getId(), null);
        if (action.getDoneAt() != null) {
            return;
        }
        action.markDone(clock.instant());
        events.save(new DeviationEvent(d, DeviationEvent.Kind.ACTION_DONE, d.getStatus(), d.getStatus(), null, null,
                action.getDescription()));
    }

    /** Closes the deviation: cause, measures and what was learned are required. */
    @Transactional
    @PreAuthorize(HANDLE)
    public void close(Long id, long expectedVersion, String cause, String measures, String learning) {
        Deviation d = loadForHandling(id, expectedVersion);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        String c = required(cause, TextLimits.LONG_TEXT, "deviations.error.causeRequired");
        String m = required(measures, TextLimits.LONG_TEXT, "deviations.error.measuresRequired");
        String l = required(learning, TextLimits.LONG_TEXT, "deviations.error.learningRequired");
        DeviationStatus from = d.getStatus();
        d.close(c, m, l, clock.instant());
        events.save(new DeviationEvent(d, DeviationEvent.Kind.CLOSED, from, DeviationStatus.CLOSED, null, null, null));
        deviations.saveAndFlush(d);
    }

    /** Reopens a closed deviation (the handling leader or quality), with a reason. */
    @Transactional
    @PreAuthorize(REOPEN)
    public void reopen(Long id, long expectedVersion, String reason) {
        Deviation d = deviations.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayReopen(d) && !(d.getStatus() != DeviationStatus.CLOSED && mayHandleOrQuality(d))) {
            throw new AccessDeniedException("Deviation " + id + " may not be reopened by the user");
        }
        checkVersion(d, expectedVersion);
        if (d.getStatus() != DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.notClosed");
        }
        String text = required(reason, TextLimits.LONG_TEXT, "deviations.error.reopenNeedsReason");
        d.reopen();
        events.save(new DeviationEvent(d, DeviationEvent.Kind.REOPENED, DeviationStatus.CLOSED,
                DeviationStatus.IN_PROGRESS, null, null, text));
        deviations.saveAndFlush(d);
    }

    private boolean mayHandleOrQuality(Deviation d) {
        return mayHandle(d) || currentUser.hasRole(Roles.QUALITY);
    }

    // ---- read log ------------------------------------------------------------------------------------------------

    public record ReadLogLine(Instant when, String who, Long deviationId, String categoryName, String unitName) {
    }

    /** Reads of confidential deviations, newest first (quality only). */
    @PreAuthorize(QUALITY)
    public List<ReadLogLine> readLog(Long deviationId, int offset, int limit) {
        String jpql = "select r from DeviationReadLog r join fetch r.deviation d join fetch d.category"
                + " join fetch d.reportedToUnit" + (deviationId == null ? "" : " where d.id = :id")
                + " order by r.createdAt desc, r.id desc";
        TypedQuery<DeviationReadLog> q = em.createQuery(jpql, DeviationReadLog.class);
        if (deviationId != null) {
            q.setParameter("id", deviationId);
        }
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(limit, 0), 500))
                .getResultList().stream()
                .map(r -> new ReadLogLine(r.getCreatedAt(), r.getCreatedBy(), r.getDeviation().getId(),
                        r.getDeviation().getCategory().getName(), r.getDeviation().getReportedToUnit().getName()))
                .toList();
    }

    private java.util.Optional<OrgUnit> findUnit(Long id) {
        return java.util.Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    private java.util.Optional<UserAccount> findUser(Long id) {
        return java.util.Optional.ofNullable(em.find(UserAccount.class, id));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Deviation loadForHandling(Long id, Long expectedVersion) {
        Deviation d = deviations.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayHandle(d)) {
            throw new AccessDeniedException("Deviation " + id + " is not handled by the user");
        }
        if (expectedVersion != null) {
            checkVersion(d, expectedVersion);
        }
        return d;
    }

    private static void checkVersion(Deviation d, long expectedVersion) {
        if (d.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Deviation.class, d.getId());
        }
    }

    static String required(String text, int max, String emptyKey) {
        String clean = optional(text, max);
        if (clean == null) {
            throw new UserFacingException(emptyKey);
        }
        return clean;
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new UserFacingException("validation.tooLong", max);
        }
        if (SafeText.containsMarkup(clean)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return clean;
    }
}
