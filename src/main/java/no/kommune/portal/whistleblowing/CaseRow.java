package no.kommune.portal.whistleblowing;

import java.time.Instant;

/** One case in the receivers' inbox. */
public record CaseRow(Long id, long version, Instant receivedAt, Channel channel, boolean anonymous, String subject,
        CaseStatus status) {
}
