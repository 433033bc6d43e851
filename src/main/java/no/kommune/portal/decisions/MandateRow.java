package no.kommune.portal.decisions;

import java.time.LocalDate;

/** One line of the follow-up list: a mandate with its decision, as the seeds' tables show it. */
public record MandateRow(Long id, long version, Long decisionId, String decisionTitle, String bodyName,
        String caseNumbers, LocalDate meetingDate, String itemRef, String title, String description,
        LocalDate deadline, String deadlineText, Long statusId, String statusLabel, MandateState state,
        String statusText, String ownerName, String responsibleNames, String unitName, boolean overdue,
        boolean notUpdated, boolean doneProposed, boolean mayUpdate) {

    /** The deadline as the seeds print it: the date, or the verbatim text. */
    public String deadlineDisplay() {
        if (deadline != null) {
            return no.kommune.portal.base.Formats.date(deadline);
        }
        return deadlineText == null ? "" : deadlineText;
    }
}
