package no.kommune.portal.deviations;

import static no.kommune.portal.base.SafeText.optional;
import static no.kommune.portal.base.SafeText.required;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.deviations.DeviationViews.Receipt;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting a deviation (every signed-in user): it goes to the nearest leader of the unit. */
@Service
@Transactional(readOnly = true)
public class DeviationReporting {

    /** A little slack for clocks when checking that "when" is not in the future. */
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);
    /** Anything earlier is a typing error (e.g. year 205 for 2025). */
    private static final int EARLIEST_YEAR = 2000;

    private final DeviationRepository deviations;
    private final DeviationEventRepository events;
    private final DeviationCategoryRepository categories;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    public DeviationReporting(DeviationRepository deviations, DeviationEventRepository events,
            DeviationCategoryRepository categories, CurrentUser currentUser, Notifier notifier, Clock clock) {
        this.deviations = deviations;
        this.events = events;
        this.categories = categories;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The unit a new report is preselected with: the first unit the reporter works in. */
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Optional<Long> defaultUnitId() {
        return currentUser.memberUnitIds().stream().sorted().findFirst();
    }

    /**
     * The receipt of a deviation the signed-in user reported (for the receipt page): number, where it went and
     * who received it. Only the reporter gets it; it is not a read of the case, so nothing is logged.
     */
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Receipt receipt(Long id) {
        Deviation d = deviations.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        String me = currentUser.username().orElse("");
        if (!d.getReporter().getUsername().equals(me)) {
            throw new AccessDeniedException("Deviation " + id + " was not reported by the user");
        }
        return new Receipt(d.getId(), d.getReportedToUnit().getName(),
                d.getHandler() == null ? "" : d.getHandler().getFullName());
    }

    /** Reports a deviation; it goes to the nearest leader of the unit (walking up the tree if it has none). */
    @Transactional
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Receipt report(DeviationDraft draft) {
        String title = required(draft == null ? null : draft.title(), TextLimits.NAME, "deviations.field.title");
        String description = required(draft.description(), TextLimits.LONG_TEXT, "deviations.field.description");
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
        String place = optional(draft.locationText(), TextLimits.NAME, "deviations.field.locationText");
        String immediate = optional(draft.immediateAction(), TextLimits.LONG_TEXT, "deviations.field.immediateAction");
        OrgUnit unit = Optional.ofNullable(em.find(OrgUnit.class, draft.unitId())).filter(OrgUnit::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.unitRequired"));
        DeviationCategory category = categories.findById(draft.categoryId()).filter(DeviationCategory::isActive)
                .orElseThrow(() -> new UserFacingException("deviations.error.categoryRequired"));
        UserAccount reporter = currentUser.requireAccount();

        Deviation d = new Deviation(title, description, occurred, unit, category, draft.severity(), reporter, now);
        d.setLocationText(place);
        d.setImmediateAction(immediate);
        d.setPersonalData(draft.personalData());
        // nobody may be able to act (no leader up the tree has the leader role): the case is then stuck and
        // quality takes it over; the reporter is never refused
        UserAccount leader = DeviationReceivers.resolve(unit).receiver();
        d.assign(unit, leader);
        deviations.saveAndFlush(d);
        events.save(new DeviationEvent(d, DeviationEvent.Kind.REPORTED, null, DeviationStatus.NEW, null, unit, null));
        if (leader != null) {
            notifier.send(new Notice(leader.getUsername(), "DEVIATION_ASSIGNED",
                    "deviation-" + d.getId() + "-assigned-" + unit.getId(), "deviations.notice.assigned",
                    List.of(String.valueOf(d.getId()), unit.getName()), DeviationLinks.deviation(d.getId())));
        }
        notifier.send(new Notice(reporter.getUsername(), "DEVIATION_RECEIPT", "deviation-" + d.getId() + "-receipt",
                "deviations.notice.receipt", List.of(String.valueOf(d.getId()), unit.getName()), DeviationLinks.deviation(d.getId())));
        return new Receipt(d.getId(), unit.getName(), leader == null ? "" : leader.getFullName());
    }
}
