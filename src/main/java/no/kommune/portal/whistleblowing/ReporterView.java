package no.kommune.portal.whistleblowing;

import java.time.Instant;
import java.util.List;

/** What the reporter sees with the receipt code: her own report, its status and the answers. */
public record ReporterView(String subject, String description, Instant receivedAt, CaseStatus status,
        List<Line> thread) {

    public record Line(Instant when, WhistleblowingMessage.Author author, String text, CaseStatus toStatus) {
    }
}
