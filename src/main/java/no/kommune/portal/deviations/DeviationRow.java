package no.kommune.portal.deviations;

import java.time.Instant;

/**
 * One line of a deviation list. For a confidential deviation (personal or health data) {@code title} is
 * null: its text is only shown on the detail page, where the read is logged.
 */
public record DeviationRow(Long id, String title, String categoryName, Severity severity, DeviationStatus status,
        Instant occurredAt, Instant reportedAt, String reportedToUnit, String handlerName, boolean personalData) {
}
