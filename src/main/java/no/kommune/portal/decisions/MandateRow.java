package no.kommune.portal.decisions;

import java.time.LocalDate;
import no.kommune.portal.base.Formats;

/**
 * One line of the follow-up list: a mandate with its decision, as the seeds' tables show it. {@code overdue} is
 * "delayed" by the one definition ({@link Delay}): reported Forsinket, or open past its resolved deadline
 * ({@code dueDate}); {@code deadlineUnclear} when the deadline text names no date. The origin is the original
 * decision (date, year, case, body) the mandate has been open since.
 */
public record MandateRow(Long id, long version, Long decisionId, String decisionTitle, String bodyName,
        String caseNumbers, LocalDate meetingDate, String itemRef, String title, String description,
        LocalDate deadline, String deadlineText, Long statusId, String statusLabel, MandateState state,
        String statusText, String ownerName, String responsibleNames, String unitName, boolean overdue,
        boolean notUpdated, boolean doneProposed, boolean mayUpdate, LocalDate dueDate, boolean deadlineUnclear,
        LocalDate originDate, Integer originYear, String originCase, String originBodyName, String archiveReference) {

    /** The item number and the title, as the seeds' tables print a mandate: "3 Kartlegging behov barnehage". */
    public String numberedTitle() {
        return (itemRef == null ? "" : itemRef + " ") + title;
    }

    /** The deadline as the seeds print it: the date, or the verbatim text. */
    public String deadlineDisplay() {
        if (deadline != null) {
            return Formats.date(deadline);
        }
        return deadlineText == null ? "" : deadlineText;
    }

    /** The deadline with the date it was read as, where the text names a period: "1. halvår 2026 (30.06.2026)". */
    public String deadlineWithDueDate() {
        if (deadline == null && deadlineText != null && dueDate != null) {
            return deadlineText + " (" + Formats.date(dueDate) + ")";
        }
        return deadlineDisplay();
    }

    /** True when the list should mark the computed delay beside a reported status that does not say so. */
    public boolean delayedButNotReported() {
        return overdue && state != MandateState.DELAYED;
    }

    /** "KS 038/14 · 07.05.2014 · Kommunestyret", or as much of it as is known. */
    public String originDisplay() {
        StringBuilder sb = new StringBuilder();
        append(sb, originCase);
        append(sb, originDate != null ? Formats.date(originDate) : originYear == null ? null : originYear.toString());
        append(sb, originBodyName);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            sb.append(part);
        }
    }
}
