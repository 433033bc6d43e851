package no.kommune.portal.deviations;

import static no.kommune.portal.base.SafeText.optional;
import static no.kommune.portal.base.SafeText.required;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.deviations.DeviationViews.ForwardPreview;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling a deviation by the leader of the unit it is reported to: status, forwarding across units,
 * corrective actions, closing and reopening. Every step is a history row.
 */
@Service
@Transactional(readOnly = true)
public class DeviationHandling {

    private final DeviationRepository deviations;
    private final DeviationEventRepository events;
    private final CorrectiveActionRepository actions;
    private final DeviationAccess access;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    public DeviationHandling(DeviationRepository deviations, DeviationEventRepository events,
            CorrectiveActionRepository actions, DeviationAccess access, CurrentUser currentUser, Notifier notifier,
            Clock clock) {
        this.deviations = deviations;
        this.events = events;
        this.actions = actions;
        this.access = access;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Moves the deviation along Ny → Under behandling → Tiltak iverksatt (closing has its own step). */
    @Transactional
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void changeStatus(Long id, long expectedVersion, DeviationStatus target, String comment) {
        Deviation d = access.loadForHandling(id, expectedVersion);
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
        String text = optional(comment, TextLimits.LONG_TEXT, "deviations.field.comment");
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
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void forward(Long id, long expectedVersion, Long toUnitId, String comment) {
        Deviation d = access.loadForHandling(id, expectedVersion);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        if (toUnitId == null) {
            throw new UserFacingException("deviations.error.unitRequired");
        }
        String text = required(comment, TextLimits.LONG_TEXT, "deviations.field.comment",
                "deviations.error.forwardNeedsComment");
        OrgUnit to = findUnit(toUnitId).filter(OrgUnit::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.unitRequired"));
        OrgUnit from = d.getReportedToUnit();
        if (to.equals(from)) {
            throw new UserFacingException("deviations.error.sameUnit");
        }
        DeviationReceivers.Resolution receiver = DeviationReceivers.resolve(to);
        if (!receiver.found()) {
            throw new UserFacingException("deviations.error.noOneCanAct", to.getName());
        }
        UserAccount leader = receiver.receiver();
        d.assign(to, leader);
        events.save(new DeviationEvent(d, DeviationEvent.Kind.FORWARDED, d.getStatus(), d.getStatus(), from, to, text));
        deviations.saveAndFlush(d);
        // A confidential deviation's notice carries no free text: notices become mails, and the outbox is read
        // by administrators without a read-log entry (issue 9, item 3). The comment is in the logged history.
        notifier.send(d.isPersonalData()
                ? Notice.withoutFreeText(leader.getUsername(), "DEVIATION_FORWARDED",
                        "deviation-" + d.getId() + "-assigned-" + to.getId(), "deviations.notice.forwardedConfidential",
                        d.getId(), DeviationLinks.deviation(d.getId()))
                : new Notice(leader.getUsername(), "DEVIATION_FORWARDED",
                        "deviation-" + d.getId() + "-assigned-" + to.getId(), "deviations.notice.forwarded",
                        List.of(String.valueOf(d.getId()), from.getName(), text), DeviationLinks.deviation(d.getId())));
    }

    /**
     * Who a forward to the unit would reach (the dialog shows it before the leader confirms): the nearest leader
     * who can act, the leaders passed over on the way up, or nobody.
     */
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public ForwardPreview forwardPreview(Long id, Long toUnitId) {
        access.loadForHandling(id, null);
        OrgUnit to = toUnitId == null ? null : findUnit(toUnitId).filter(OrgUnit::isActive).orElse(null);
        if (to == null) {
            throw new UserFacingException("deviations.error.unitRequired");
        }
        DeviationReceivers.Resolution r = DeviationReceivers.resolve(to);
        return new ForwardPreview(to.getName(), r.found() ? r.receiver().getFullName() : null,
                r.found() ? r.unit().getName() : null, r.passedOver());
    }

    /**
     * Quality takes over an open deviation (typically one nobody else can act on): quality becomes its handler
     * and may then handle it like a leader. The unit it is reported to stays; the step is a history row.
     */
    @Transactional
    @PreAuthorize(DeviationRules.QUALITY)
    public void takeOver(Long id, long expectedVersion, String comment) {
        Deviation d = access.find(id);
        if (!access.mayTakeOver(d)) {
            if (d.getStatus() == DeviationStatus.CLOSED) {
                throw new UserFacingException("deviations.error.closed");
            }
            throw new UserFacingException("deviations.error.alreadyYours");
        }
        DeviationAccess.checkVersion(d, expectedVersion);
        String text = optional(comment, TextLimits.LONG_TEXT, "deviations.field.comment");
        d.assign(d.getReportedToUnit(), currentUser.requireAccount());
        events.save(new DeviationEvent(d, DeviationEvent.Kind.TAKEN_OVER, d.getStatus(), d.getStatus(), null, null,
                text));
        deviations.saveAndFlush(d);
    }

    /** Adds a corrective action with an owner and a deadline (not in the past). */
    @Transactional
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public Long addAction(Long id, String description, Long ownerId, LocalDate deadline) {
        Deviation d = access.loadForHandling(id, null);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        String text = required(description, TextLimits.TITLE, "deviations.field.action");
        if (ownerId == null) {
            throw new UserFacingException("deviations.error.ownerRequired");
        }
        if (deadline == null) {
            throw new UserFacingException("deviations.error.deadlineRequired");
        }
        if (deadline.isBefore(LocalDate.now(clock.withZone(Formats.ZONE)))) {
            throw new UserFacingException("deviations.error.deadlinePast");
        }
        UserAccount owner = Optional.ofNullable(em.find(UserAccount.class, ownerId)).filter(UserAccount::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.ownerRequired"));
        CorrectiveAction action = actions.save(new CorrectiveAction(d, text, owner, deadline));
        events.save(new DeviationEvent(d, DeviationEvent.Kind.ACTION_ADDED, d.getStatus(), d.getStatus(), null, null,
                text + " (" + owner.getFullName() + ", " + Formats.date(deadline) + ")"));
        return action.getId();
    }

    @Transactional
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void completeAction(Long actionId) {
        CorrectiveAction action = actions.findById(actionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Deviation d = access.loadForHandling(action.getDeviation().getId(), null);
        if (action.getDoneAt() != null) {
            return;
        }
        action.markDone(clock.instant());
        events.save(new DeviationEvent(d, DeviationEvent.Kind.ACTION_DONE, d.getStatus(), d.getStatus(), null, null,
                action.getDescription()));
    }

    /** Closes the deviation: cause, measures and what was learned are required. */
    @Transactional
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void close(Long id, long expectedVersion, String cause, String measures, String learning) {
        Deviation d = access.loadForHandling(id, expectedVersion);
        if (d.getStatus() == DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.closed");
        }
        String c = required(cause, TextLimits.LONG_TEXT, "deviations.field.cause", "deviations.error.causeRequired");
        String m = required(measures, TextLimits.LONG_TEXT, "deviations.field.measures",
                "deviations.error.measuresRequired");
        String l = required(learning, TextLimits.LONG_TEXT, "deviations.field.learning",
                "deviations.error.learningRequired");
        DeviationStatus from = d.getStatus();
        d.close(c, m, l, clock.instant());
        events.save(new DeviationEvent(d, DeviationEvent.Kind.CLOSED, from, DeviationStatus.CLOSED, null, null, null));
        deviations.saveAndFlush(d);
    }

    /** Reopens a closed deviation (the handling leader or quality), with a reason. */
    @Transactional
    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void reopen(Long id, long expectedVersion, String reason) {
        Deviation d = access.find(id);
        boolean handlerOrQuality = access.mayHandle(d) || currentUser.hasRole(Roles.QUALITY);
        if (!access.mayReopen(d) && !(d.getStatus() != DeviationStatus.CLOSED && handlerOrQuality)) {
            throw new AccessDeniedException("Deviation " + id + " may not be reopened by the user");
        }
        DeviationAccess.checkVersion(d, expectedVersion);
        if (d.getStatus() != DeviationStatus.CLOSED) {
            throw new UserFacingException("deviations.error.notClosed");
        }
        String text = required(reason, TextLimits.LONG_TEXT, "deviations.field.reason",
                "deviations.error.reopenNeedsReason");
        d.reopen();
        events.save(new DeviationEvent(d, DeviationEvent.Kind.REOPENED, DeviationStatus.CLOSED,
                DeviationStatus.IN_PROGRESS, null, null, text));
        deviations.saveAndFlush(d);
    }

    private Optional<OrgUnit> findUnit(Long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }
}
