package no.kommune.portal.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Input for registering a decision with its mandates in one step. */
public record DecisionDraft(Long bodyId, LocalDate meetingDate, String caseNumbers, String archiveReference,
        String title, String decisionText, DecisionKind kind, List<MandateDraft> mandates) {

    public record MandateDraft(String itemRef, String title, String description, LocalDate deadline,
            String deadlineText, Long ownerId, Set<Long> responsibleIds, Long unitId) {
    }
}
