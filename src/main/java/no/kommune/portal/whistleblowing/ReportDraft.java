package no.kommune.portal.whistleblowing;

import java.time.LocalDate;

/**
 * What a reporter writes. When {@code anonymous} is true, name and contact are ignored and nothing that
 * identifies the reporter is stored.
 */
public record ReportDraft(String subject, String description, LocalDate occurredOn, String concerns,
        boolean anonymous, String name, String contact) {

    public static ReportDraft anonymous(String subject, String description) {
        return new ReportDraft(subject, description, null, null, true, null, null);
    }
}
