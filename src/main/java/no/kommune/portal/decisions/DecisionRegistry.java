package no.kommune.portal.decisions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers decisions and their mandates (the kommunedirektør's staff). All or nothing. */
@Service
public class DecisionRegistry {

    private final DecisionRepository decisions;
    private final MandateFactory mandateFactory;
    private final OrganisationService organisation;
    private final Clock clock;

    public DecisionRegistry(DecisionRepository decisions, MandateFactory mandateFactory, OrganisationService organisation,
            Clock clock) {
        this.decisions = decisions;
        this.mandateFactory = mandateFactory;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public Decision register(DecisionDraft draft) {
        validate(draft);
        PoliticalBody body = organisation.findBody(draft.bodyId())
                .orElseThrow(() -> new UserFacingException("decisions.error.bodyRequired"));
        int year = draft.meetingDate() != null ? draft.meetingDate().getYear()
                : java.time.LocalDate.now(clock).getYear();
        Decision decision = new Decision(body, draft.title().strip(), draft.kind(), year);
        decision.setMeetingDate(draft.meetingDate());
        decision.setCaseNumbers(blankToNull(draft.caseNumbers()));
        decision.setArchiveReference(blankToNull(draft.archiveReference()));
        decision.setDecisionText(blankToNull(draft.decisionText()));
        decisions.save(decision);
        for (DecisionDraft.MandateDraft md : draft.mandates()) {
            mandateFactory.create(decision, md);
        }
        return decision;
    }

    /** An already registered decision whose case numbers include one of the numbers typed. */
    public record CaseNumberMatch(Long decisionId, String caseNumbers, String title, String bodyName) {
    }

    /**
     * Decisions already registered with one of the case numbers typed ("KS 145/24, PS-021/25"), so the form can
     * warn and link to them before a second copy is registered.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public List<CaseNumberMatch> existingCaseNumbers(String caseNumbers, Long exceptDecisionId) {
        Set<CaseNumbers.Number> typed = CaseNumbers.parse(caseNumbers);
        List<CaseNumberMatch> matches = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (CaseNumbers.Number number : typed) {
            for (Decision d : decisions.findTop200ByCaseNumbersContaining(number.searchPart())) {
                if (!d.getId().equals(exceptDecisionId) && seen.add(d.getId())
                        && CaseNumbers.overlap(typed, CaseNumbers.parse(d.getCaseNumbers()))) {
                    matches.add(new CaseNumberMatch(d.getId(), d.getCaseNumbers(), d.getTitle(), d.getBody().getName()));
                }
            }
        }
        return matches;
    }

    private static void validate(DecisionDraft draft) {
        if (draft.bodyId() == null) {
            throw new UserFacingException("decisions.error.bodyRequired");
        }
        SafeText.required(draft.title(), TextLimits.TITLE, "decisions.decisionTitle");
        SafeText.optional(draft.caseNumbers(), 200, "decisions.caseNumbers");
        SafeText.optional(draft.archiveReference(), 40, "decisions.archiveReference");
        SafeText.optional(draft.decisionText(), TextLimits.LONG_TEXT, "decisions.decisionText");
        if (draft.kind() == null) {
            throw new UserFacingException("decisions.error.kindRequired");
        }
        if (draft.mandates() == null || draft.mandates().isEmpty()) {
            throw new UserFacingException("decisions.error.mandateRequired");
        }
        for (DecisionDraft.MandateDraft md : draft.mandates()) {
            validateMandate(md);
        }
    }

    /** The checks of one mandate's fields, the same when it is registered, corrected or added later. */
    static void validateMandate(DecisionDraft.MandateDraft md) {
        SafeText.required(md.title(), TextLimits.TITLE, "decisions.mandateTitle");
        SafeText.optional(md.itemRef(), 200, "decisions.itemRef");
        SafeText.optional(md.description(), TextLimits.LONG_TEXT, "decisions.description");
        SafeText.optional(md.deadlineText(), 200, "decisions.deadlineText");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
