package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.ChangeHistory;
import no.kommune.portal.base.CountCache;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.FreeText;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up of mandates: the lists (everyone with read access; politicians read only), status updates by
 * the responsible leaders of their own mandates, and the two-step closing (leader proposes "done",
 * management confirms or sends back). Every change is a {@link MandateEvent} row.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    /**
     * Who reads mandates: every follow-up role reads every mandate, of any unit or body. Political decisions and
     * their follow-up are public documents (the report goes to an open council meeting), so there is no unit
     * scope on reading; changing is scoped (see {@link #mayUpdate}). docs/decisions/002 and 013.
     */
    static final String READ = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.ADMIN + "','" + Roles.QUALITY
            + "','" + Roles.POLITICIAN + "','" + Roles.LEADER + "')";
    static final String UPDATE = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.LEADER + "')";
    static final String MANAGE = "hasRole('" + Roles.MANAGEMENT + "')";

    private final MandateRepository mandates;
    private final MandateEventRepository events;
    private final StatusLabelRepository labels;
    private final ReportingPeriodRepository periods;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final ChangeHistory changeHistory;
    private final Clock clock;
    private final DecisionCorrections corrections;
    private final CountCache countCache;
    private final ListQueries lists;
    private final MandateTextCandidates textCandidates;

    @PersistenceContext
    private EntityManager em;

    public FollowUpService(MandateRepository mandates, MandateEventRepository events, StatusLabelRepository labels,
            ReportingPeriodRepository periods, CurrentUser currentUser, Notifier notifier, ChangeHistory changeHistory,
            Clock clock, DecisionCorrections corrections, CountCache countCache, ListQueries lists,
            MandateTextCandidates textCandidates) {
        this.lists = lists;
        this.textCandidates = textCandidates;
        this.mandates = mandates;
        this.events = events;
        this.labels = labels;
        this.periods = periods;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.changeHistory = changeHistory;
        this.clock = clock;
        this.corrections = corrections;
        this.countCache = countCache;
    }

    /** What the list's counts read: mandates, decisions, periods, and people and units (memberships, leaders). */
    private static final List<String> COUNTED_FEATURES = List.of("decisions", "organisation");

    /**
     * A cached count: the filter and what of the reader's context it reads are the key. Every follow-up role reads
     * every mandate (decision 013), so only "mine" depends on who asks; any other filter is one count for all
     * readers, and a reader's first visit finds it made already.
     */
    private record CountKey(String what, FollowUpFilter filter, MandateSpecifications.Context context) {

        static CountKey of(String what, FollowUpFilter filter, MandateSpecifications.Context context) {
            return new CountKey(what, filter, filter.mineOnly() ? context : new MandateSpecifications.Context("",
                    Set.of(), context.unitFilterIds(), context.openPeriodStart(), context.today()));
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /**
     * One page of the list (decision 025): offset and limit, never a count (the grid asks for that separately
     * and only when needed). The columns asked for must be sortable ({@link MandateSpecifications#sortPath}).
     */
    @PreAuthorize(READ)
    public List<MandateRow> page(FollowUpFilter filter, PageSlice slice) {
        MandateSpecifications.Context ctx = context(filter);
        // deferred join: the page's ids from the order's index first, so a deep page (row 90 000) does not build
        // 90 000 whole rows only to throw them away
        return lists.pageByIds(Mandate.class, where(filter, ctx), MandateSpecifications.order(slice), slice.offset(),
                slice.limit(), root -> { }).stream().map(m -> toRow(m, ctx)).toList();
    }

    @PreAuthorize(READ)
    public long count(FollowUpFilter filter) {
        MandateSpecifications.Context ctx = context(filter);
        return countCache.get(CountKey.of("rows", filter, ctx), COUNTED_FEATURES,
                () -> lists.count(Mandate.class, where(filter, ctx)));
    }

    /**
     * The filter for {@link ListQueries}, with the free text's candidate ids looked up first (decision 026); so
     * built per query, inside the count cache's computation, never for a count the cache holds.
     */
    ListQueries.Where<Mandate> where(FollowUpFilter filter, MandateSpecifications.Context ctx) {
        Set<Long> candidates = textCandidates.of(FreeText.words(filter.text()));
        return (root, query, cb) -> MandateSpecifications.where(filter, root, cb, query, ctx, candidates);
    }

    /**
     * Number of mandates per <em>effective</em> state for the filter, ignoring the filter's own state (for the
     * counters): a delayed mandate (see {@link Delay}) counts as Forsinket whatever status was reported, so the
     * counters add up to the list and "Forsinket" equals the delayed filter. Two grouped queries: all rows per
     * reported state, and the delayed ones (an index range on delayed_since) per reported state.
     */
    @PreAuthorize(READ)
    public Map<MandateState, Long> countsByState(FollowUpFilter filter) {
        FollowUpFilter withoutState = filter.withState(null);
        return countCache.get(CountKey.of("states", withoutState, context(withoutState)), COUNTED_FEATURES,
                () -> Collections.unmodifiableMap(countEffectiveStates(withoutState)));
    }

    private Map<MandateState, Long> countEffectiveStates(FollowUpFilter withoutState) {
        Set<Long> candidates = textCandidates.of(FreeText.words(withoutState.text()));
        Map<MandateState, Long> reported = countPerReportedState(withoutState, candidates);
        Map<MandateState, Long> delayed = countPerReportedState(withoutState.overdue(), candidates);
        Map<MandateState, Long> counts = new EnumMap<>(MandateState.class);
        for (MandateState s : MandateState.values()) {
            counts.put(s, reported.get(s) - delayed.get(s));
        }
        counts.put(MandateState.DELAYED, delayed.values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    private Map<MandateState, Long> countPerReportedState(FollowUpFilter filter, Set<Long> textCandidates) {
        MandateSpecifications.Context ctx = context(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Mandate> root = q.from(Mandate.class);
        var state = root.get("status").get("state");
        q.select(cb.tuple(state, cb.count(root)))
                .where(MandateSpecifications.where(filter, root, cb, q, ctx, textCandidates))
                .groupBy(state);
        Map<MandateState, Long> counts = new EnumMap<>(MandateState.class);
        for (MandateState s : MandateState.values()) {
            counts.put(s, 0L);
        }
        for (Tuple t : em.createQuery(q).getResultList()) {
            counts.put((MandateState) t.get(0), (Long) t.get(1));
        }
        return counts;
    }

    @PreAuthorize(READ)
    public List<StatusLabel> statusLabels() {
        return labels.findByActiveTrueOrderBySortOrder();
    }

    @PreAuthorize(READ)
    public java.util.Optional<ReportingPeriod> openPeriod() {
        return periods.findFirstByClosedAtIsNullOrderByOpenedAtDesc();
    }

    /** The full picture of one mandate: decision, mandate, history rows and field-level change history. */
    public record MandateDetail(MandateRow row, String decisionText, String archiveReference,
            List<HistoryLine> history, List<ChangeHistory.Change> changes, List<MandateRow> siblings,
            List<DecisionCorrections.CorrectionLine> corrections) {
    }

    public record HistoryLine(Instant when, String who, MandateEvent.Kind kind, String fromStatus, String toStatus,
            String statusText, String comment, String period) {
    }

    @PreAuthorize(READ)
    public MandateDetail detail(Long mandateId) {
        Mandate m = mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("error.notFound"));
        MandateSpecifications.Context ctx = context(FollowUpFilter.all());
        List<MandateEvent> eventRows = events.findHistory(mandateId);
        Map<String, String> fullNames = changeHistory.fullNames(eventRows.stream().map(MandateEvent::getCreatedBy)
                .toList());
        List<HistoryLine> history = eventRows.stream()
                .map(e -> new HistoryLine(e.getCreatedAt(), fullNames.getOrDefault(e.getCreatedBy(), e.getCreatedBy()),
                        e.getKind(), e.getFromStatus(),
                        e.getToStatus(), e.getStatusText(), e.getComment(),
                        e.getPeriod() == null ? "" : e.getPeriod().getName()))
                .toList();
        List<MandateRow> siblings = mandates.findByDecisionIdOrderById(m.getDecision().getId()).stream()
                .filter(other -> !other.equals(m)).map(other -> toRow(other, ctx)).toList();
        return new MandateDetail(toRow(m, ctx), m.getDecision().getDecisionText(),
                m.getDecision().getArchiveReference(), history, changeHistory.of(Mandate.class, mandateId), siblings,
                corrections.historyOf(m));
    }

    // ---- changing --------------------------------------------------------------------------------------

    /**
     * Updates status and status text. A leader choosing a "done" status only proposes it: management must
     * confirm. Cancelling ("Bortfalt") is for management and needs a reason.
     */
    @Transactional
    @PreAuthorize(UPDATE)
    public MandateRow updateStatus(Long mandateId, long expectedVersion, Long statusId, String statusText) {
        Mandate m = loadForUpdate(mandateId, expectedVersion);
        StatusLabel target = labels.findById(statusId).orElseThrow(() -> new UserFacingException("error.notFound"));
        String text = SafeText.optional(statusText, TextLimits.LONG_TEXT, "decisions.field.statusText");
        MandateState state = target.getState();
        if ((state == MandateState.DONE || state == MandateState.CANCELLED) && text == null) {
            throw new UserFacingException(state == MandateState.DONE
                    ? "decisions.error.doneNeedsText" : "decisions.error.cancelNeedsReason");
        }
        if (state == MandateState.CANCELLED && !currentUser.hasRole(Roles.MANAGEMENT)) {
            throw new UserFacingException("decisions.error.onlyManagementCancels");
        }
        ReportingPeriod period = openPeriod().orElse(null);
        String from = m.getStatus().getLabel();
        Instant now = clock.instant();
        if (state == MandateState.DONE && !currentUser.hasRole(Roles.MANAGEMENT)) {
            m.changeStatus(m.getStatus(), text, now);
            m.setDoneProposed(true);
            events.save(new MandateEvent(m, MandateEvent.Kind.DONE_PROPOSED, from, target.getLabel(), text, null, period));
        } else {
            m.changeStatus(target, text, now);
            m.setDoneProposed(false);
            MandateEvent.Kind kind = state == MandateState.CANCELLED ? MandateEvent.Kind.CANCELLED
                    : state == MandateState.DONE ? MandateEvent.Kind.DONE_CONFIRMED : MandateEvent.Kind.STATUS_UPDATE;
            events.save(new MandateEvent(m, kind, from, target.getLabel(), text, null, period));
        }
        return toRow(mandates.saveAndFlush(m), context(FollowUpFilter.all()));
    }

    /** Management confirms a proposed "done". */
    @Transactional
    @PreAuthorize(MANAGE)
    public MandateRow confirmDone(Long mandateId, String comment) {
        Mandate m = mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!m.isDoneProposed()) {
            throw new UserFacingException("decisions.error.notProposed");
        }
        StatusLabel done = labels.findFirstByStateAndActiveTrueOrderBySortOrder(MandateState.DONE).orElseThrow();
        String from = m.getStatus().getLabel();
        m.changeStatus(done, m.getStatusText(), clock.instant());
        m.setDoneProposed(false);
        events.save(new MandateEvent(m, MandateEvent.Kind.DONE_CONFIRMED, from, done.getLabel(), m.getStatusText(),
                SafeText.optional(comment, TextLimits.LONG_TEXT, "decisions.comment"), openPeriod().orElse(null)));
        return toRow(mandates.saveAndFlush(m), context(FollowUpFilter.all()));
    }

    /** Management sends a proposed "done" back to the responsible leaders, with a comment they are told about. */
    @Transactional
    @PreAuthorize(MANAGE)
    public MandateRow sendBack(Long mandateId, String comment) {
        Mandate m = mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!m.isDoneProposed()) {
            throw new UserFacingException("decisions.error.notProposed");
        }
        String reason = SafeText.required(comment, TextLimits.LONG_TEXT, "decisions.comment",
                "decisions.error.sendBackNeedsComment");
        m.setDoneProposed(false);
        MandateEvent event = events.save(new MandateEvent(m, MandateEvent.Kind.SENT_BACK, m.getStatus().getLabel(),
                m.getStatus().getLabel(), m.getStatusText(), reason, openPeriod().orElse(null)));
        events.flush();
        for (UserAccount responsible : m.getResponsibles()) {
            notifier.send(new Notice(responsible.getUsername(), "MANDATE_SENT_BACK",
                    "mandate-" + m.getId() + "-sent-back-" + event.getId(), "decisions.notice.sentBack",
                    List.of(m.getTitle(), reason), DecisionLinks.mandate(m.getId())));
        }
        return toRow(mandates.saveAndFlush(m), context(FollowUpFilter.all()));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** True if the signed-in user may change this mandate: management, owner, responsible, or leader of its unit. */
    boolean mayUpdate(Mandate m, MandateSpecifications.Context ctx) {
        if (currentUser.hasRole(Roles.MANAGEMENT)) {
            return true;
        }
        if (!currentUser.hasRole(Roles.LEADER)) {
            return false;
        }
        String me = ctx.username();
        return (m.getOwner() != null && m.getOwner().getUsername().equals(me))
                || m.getResponsibles().stream().anyMatch(u -> u.getUsername().equals(me))
                || (m.getUnit() != null && ctx.ledUnitIds().contains(m.getUnit().getId()));
    }

    private Mandate loadForUpdate(Long mandateId, long expectedVersion) {
        Mandate m = mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayUpdate(m, context(FollowUpFilter.all()))) {
            throw new AccessDeniedException("Mandate " + mandateId + " is not the user's");
        }
        if (m.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Mandate.class, mandateId);
        }
        return m;
    }

    MandateSpecifications.Context context(FollowUpFilter filter) {
        String me = currentUser.username().orElse("");
        Set<Long> led = currentUser.hasRole(Roles.LEADER) ? currentUser.ledUnitIds() : Set.of();
        Set<Long> unitFilter = filter.unitId() == null ? Set.of() : currentUser.withDescendants(Set.of(filter.unitId()));
        Instant periodStart = periods.findFirstByClosedAtIsNullOrderByOpenedAtDesc()
                .map(ReportingPeriod::getOpenedAt).orElse(null);
        return new MandateSpecifications.Context(me, led, unitFilter, periodStart, LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    MandateRow toRow(Mandate m, MandateSpecifications.Context ctx) {
        Decision d = m.getDecision();
        boolean notUpdated = ctx.openPeriodStart() != null && !m.getStatus().getState().isClosed()
                && (m.getStatusUpdatedAt() == null || m.getStatusUpdatedAt().isBefore(ctx.openPeriodStart()));
        String responsibleNames = m.getResponsibles().isEmpty()
                ? Objects.toString(m.getResponsibleText(), "")
                : m.getResponsibles().stream().map(UserAccount::getFullName).sorted(Formats.norwegianOrder())
                        .collect(Collectors.joining(", "));
        return new MandateRow(m.getId(), m.getVersion(), d.getId(), d.getTitle(), d.getBody().getName(),
                d.getCaseNumbers(), d.getMeetingDate(), m.getItemRef(), m.getTitle(), m.getDescription(),
                m.getDeadline(), m.getDeadlineText(), m.getStatus().getId(), m.getStatus().getLabel(),
                m.getStatus().getState(), m.getStatusText(),
                m.getOwner() == null ? "" : m.getOwner().getFullName(), responsibleNames,
                m.getUnit() == null ? "" : m.getUnit().getName(), m.isDelayed(ctx.today()), notUpdated,
                m.isDoneProposed(), mayUpdate(m, ctx), m.getDueDate(), m.isDeadlineUnclear(), m.getOriginDate(),
                m.getOriginYear(), m.getOriginCase(), m.getOriginBody() == null ? null : m.getOriginBody().getName(),
                d.getArchiveReference());
    }

}
