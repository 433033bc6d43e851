package no.kommune.portal.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;
import org.hibernate.Hibernate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a registered decision and its mandates (management only): every field may change, each change
 * is written as a {@link DecisionCorrection} row (old → new, who, when, reason), a changed deadline needs a
 * reason, and a save based on an old version is refused ("changed by someone else — reload"). The status
 * is not corrected here: it has its own flow with reporting periods (FollowUpService).
 */
@Service
public class DecisionCorrections {

    private final DecisionRepository decisions;
    private final MandateRepository mandates;
    private final DecisionCorrectionRepository corrections;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final DecisionRegistry registry;
    private final MandateFactory mandateFactory;

    public DecisionCorrections(DecisionRepository decisions, MandateRepository mandates,
            DecisionCorrectionRepository corrections, OrganisationService organisation, CurrentUser currentUser,
            DecisionRegistry registry, MandateFactory mandateFactory) {
        this.registry = registry;
        this.mandateFactory = mandateFactory;
        this.decisions = decisions;
        this.mandates = mandates;
        this.corrections = corrections;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /** The decision-level fields, as the edit form shows and sends them. */
    public record DecisionFields(Long bodyId, LocalDate meetingDate, String caseNumbers, String archiveReference,
            String title, String decisionText, DecisionKind kind) {
    }

    /** One mandate as the edit form shows it; owner and responsibles are detached, fully loaded accounts. */
    public record EditableMandate(Long id, long version, String itemRef, String title, String description,
            LocalDate deadline, String deadlineText, UserAccount owner, Set<UserAccount> responsibles, Long unitId,
            String statusLabel) {
    }

    public record EditableDecision(Long id, long version, DecisionFields fields, List<EditableMandate> mandates) {
    }

    /** One line of the corrections history. {@code who} is the person's full name. */
    public record CorrectionLine(Instant when, String who, String field, String oldValue, String newValue,
            String reason, boolean ofDecision) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public EditableDecision load(Long decisionId) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        DecisionFields fields = new DecisionFields(d.getBody().getId(), d.getMeetingDate(), d.getCaseNumbers(),
                d.getArchiveReference(), d.getTitle(), d.getDecisionText(), d.getKind());
        List<EditableMandate> list = mandates.findByDecisionIdOrderById(decisionId).stream()
                .map(m -> new EditableMandate(m.getId(), m.getVersion(), m.getItemRef(), m.getTitle(),
                        m.getDescription(), m.getDeadline(), m.getDeadlineText(), unproxy(m.getOwner()),
                        m.getResponsibles().stream().map(DecisionCorrections::unproxy)
                                .collect(Collectors.toCollection(HashSet::new)),
                        m.getUnit() == null ? null : m.getUnit().getId(), m.getStatus().getLabel()))
                .toList();
        return new EditableDecision(d.getId(), d.getVersion(), fields, list);
    }

    /** The decision a mandate belongs to (the detail page's "Correct" button opens that decision). */
    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public Long decisionOf(Long mandateId) {
        return mandates.findById(mandateId).map(m -> m.getDecision().getId())
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /**
     * Corrects the decision's own fields. Returns the number of fields changed (0: nothing to save).
     *
     * @param reason optional here; kept with every change
     */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public int correctDecision(Long decisionId, long expectedVersion, DecisionFields fields, String reason) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (d.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Decision.class, decisionId);
        }
        validate(fields);
        String why = cleanReason(reason);
        PoliticalBody body = organisation.findBody(fields.bodyId())
                .orElseThrow(() -> new UserFacingException("decisions.error.bodyRequired"));
        Changes changes = new Changes(d, null, why, correctorName());
        if (changes.record("body", d.getBody().getName(), body.getName())) {
            d.setBody(body);
        }
        if (changes.record("meetingDate", date(d.getMeetingDate()), date(fields.meetingDate()))) {
            d.setMeetingDate(fields.meetingDate());
        }
        String caseNumbers = DecisionRegistry.blankToNull(fields.caseNumbers());
        if (changes.record("caseNumbers", d.getCaseNumbers(), caseNumbers)) {
            d.setCaseNumbers(caseNumbers);
        }
        String archive = DecisionRegistry.blankToNull(fields.archiveReference());
        if (changes.record("archiveReference", d.getArchiveReference(), archive)) {
            d.setArchiveReference(archive);
        }
        String title = fields.title().strip();
        if (changes.record("decisionTitle", d.getTitle(), title)) {
            d.setTitle(title);
        }
        String text = DecisionRegistry.blankToNull(fields.decisionText());
        if (changes.record("decisionText", d.getDecisionText(), text)) {
            d.setDecisionText(text);
        }
        if (changes.record("kind", d.getKind().name(), fields.kind().name())) {
            d.setKind(fields.kind());
        }
        changes.save();
        decisions.saveAndFlush(d);
        return changes.count();
    }

    /**
     * Corrects one mandate's fields. A changed deadline (date or text) needs a reason. Returns the number of
     * fields changed.
     */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public int correctMandate(Long mandateId, long expectedVersion, DecisionDraft.MandateDraft fields, String reason) {
        Mandate m = mandates.findById(mandateId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (m.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Mandate.class, mandateId);
        }
        DecisionRegistry.validateMandate(fields);
        String why = cleanReason(reason);
        String deadlineText = DecisionRegistry.blankToNull(fields.deadlineText());
        boolean deadlineChanged = !Objects.equals(m.getDeadline(), fields.deadline())
                || !Objects.equals(m.getDeadlineText(), deadlineText);
        if (deadlineChanged && why == null) {
            throw new UserFacingException("decisions.error.deadlineReasonRequired");
        }
        Changes changes = new Changes(m.getDecision(), m, why, correctorName());
        String itemRef = DecisionRegistry.blankToNull(fields.itemRef());
        if (changes.record("itemRef", m.getItemRef(), itemRef)) {
            m.setItemRef(itemRef);
        }
        String title = fields.title().strip();
        if (changes.record("mandateTitle", m.getTitle(), title)) {
            m.setTitle(title);
        }
        String description = DecisionRegistry.blankToNull(fields.description());
        if (changes.record("description", m.getDescription(), description)) {
            m.setDescription(description);
        }
        changes.record("deadline", date(m.getDeadline()), date(fields.deadline()));
        changes.record("deadlineText", m.getDeadlineText(), deadlineText);
        m.setDeadline(fields.deadline(), deadlineText);

        UserAccount owner = fields.ownerId() == null ? null : person(fields.ownerId());
        if (changes.record("owner", name(m.getOwner()), name(owner))) {
            m.setOwner(owner);
        }
        Set<UserAccount> responsibles = new HashSet<>();
        for (Long id : fields.responsibleIds() == null ? Set.<Long>of() : fields.responsibleIds()) {
            responsibles.add(person(id));
        }
        if (changes.record("responsible", names(m.getResponsibles()), names(responsibles))) {
            m.setResponsibles(responsibles);
        }
        OrgUnit unit = fields.unitId() == null ? null : organisation.unitForWork(fields.unitId(), m.getUnit());
        if (changes.record("unit", m.getUnit() == null ? null : m.getUnit().getName(),
                unit == null ? null : unit.getName())) {
            m.setUnit(unit);
        }
        changes.save();
        mandates.saveAndFlush(m);
        return changes.count();
    }

    /**
     * Adds a mandate to a registered decision (one that was left out when it was registered). The addition is a
     * correction row of its own ("Oppdrag lagt til", with the reason) next to the mandate's "created" row.
     * A mandate registered by mistake is not removed: it is closed as "Bortfalt" with a reason (no hard deletes).
     *
     * @return the new mandate's id
     */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public Long addMandate(Long decisionId, DecisionDraft.MandateDraft fields, String reason) {
        Decision d = decisions.findById(decisionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        DecisionRegistry.validateMandate(fields);
        String why = cleanReason(reason);
        if (fields.ownerId() != null) {
            person(fields.ownerId());
        }
        for (Long id : fields.responsibleIds() == null ? Set.<Long>of() : fields.responsibleIds()) {
            person(id);
        }
        Mandate m = mandateFactory.create(d, fields);
        Changes changes = new Changes(d, m, why, correctorName());
        changes.record("mandateAdded", null, m.getTitle());
        changes.save();
        mandates.flush();
        return m.getId();
    }

    /** Decisions already registered with one of the case numbers typed (other than this one). */
    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public List<DecisionRegistry.CaseNumberMatch> existingCaseNumbers(String caseNumbers, Long exceptDecisionId) {
        return registry.existingCaseNumbers(caseNumbers, exceptDecisionId);
    }

    /** The corrections history of a mandate and its decision. Callers check read access first. */
    List<CorrectionLine> historyOf(Mandate mandate) {
        return corrections.findForMandate(mandate.getId(), mandate.getDecision().getId()).stream()
                .map(c -> new CorrectionLine(c.getCreatedAt(),
                        c.getCorrectedByName() == null ? c.getCreatedBy() : c.getCorrectedByName(), c.getField(),
                        c.getOldValue(), c.getNewValue(), c.getReason(), c.getMandate() == null))
                .toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** Collects the changed fields of one save; nothing is written unless the save goes through. */
    private final class Changes {
        private final Decision decision;
        private final Mandate mandate;
        private final String reason;
        private final String who;
        private final List<DecisionCorrection> rows = new ArrayList<>();

        Changes(Decision decision, Mandate mandate, String reason, String who) {
            this.decision = decision;
            this.mandate = mandate;
            this.reason = reason;
            this.who = who;
        }

        /** Records the change if the value differs; returns whether it did. */
        boolean record(String field, String oldValue, String newValue) {
            String before = oldValue == null || oldValue.isBlank() ? null : oldValue;
            String after = newValue == null || newValue.isBlank() ? null : newValue;
            if (Objects.equals(before, after)) {
                return false;
            }
            rows.add(new DecisionCorrection(decision, mandate, field, before, after, reason, who));
            return true;
        }

        void save() {
            corrections.saveAll(rows);
        }

        int count() {
            return rows.size();
        }
    }

    private static void validate(DecisionFields fields) {
        if (fields.bodyId() == null) {
            throw new UserFacingException("decisions.error.bodyRequired");
        }
        SafeText.required(fields.title(), TextLimits.TITLE, "decisions.decisionTitle");
        SafeText.optional(fields.caseNumbers(), 200, "decisions.caseNumbers");
        SafeText.optional(fields.archiveReference(), 40, "decisions.archiveReference");
        SafeText.optional(fields.decisionText(), TextLimits.LONG_TEXT, "decisions.decisionText");
        if (fields.kind() == null) {
            throw new UserFacingException("decisions.error.kindRequired");
        }
    }

    private static String cleanReason(String reason) {
        return SafeText.optional(reason, TextLimits.LONG_TEXT, "decisions.correct.reason");
    }

    private UserAccount person(Long id) {
        return organisation.findPerson(id).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private String correctorName() {
        return currentUser.account().map(UserAccount::getFullName).orElseGet(() -> currentUser.username().orElse(""));
    }

    private static UserAccount unproxy(UserAccount account) {
        return account == null ? null : (UserAccount) Hibernate.unproxy(account);
    }

    private static String date(LocalDate date) {
        return date == null ? null : Formats.date(date);
    }

    private static String name(UserAccount account) {
        return account == null ? null : account.getFullName();
    }

    private static String names(Set<UserAccount> accounts) {
        return accounts.stream().map(UserAccount::getFullName).sorted(Formats.norwegianOrder())
                .collect(Collectors.joining(", "));
    }
}
