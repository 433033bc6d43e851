package no.kommune.portal.whistleblowing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything a receiver sees of one case, with the whole thread (internal notes included). */
public record CaseDetail(CaseRow row, String description, LocalDate occurredOn, String concerns,
        String reporterUsername, String reporterName, String reporterContact, List<Line> thread) {

    public record Line(Instant when, String who, WhistleblowingMessage.Author author, boolean visibleToReporter,
            String text, CaseStatus fromStatus, CaseStatus toStatus) {
    }
}
