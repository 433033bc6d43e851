package no.kommune.portal.deviations;

import java.time.LocalDateTime;

/**
 * What an employee fills in when reporting: what happened, when (local time, Europe/Oslo), where (unit,
 * and an optional place), category, severity, immediate action and whether it contains personal data.
 */
public record DeviationDraft(String title, String description, LocalDateTime occurredAt, Long unitId,
        String locationText, Long categoryId, Severity severity, String immediateAction, boolean personalData) {
}
