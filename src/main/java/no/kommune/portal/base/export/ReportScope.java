package no.kommune.portal.base.export;

import java.time.LocalDate;

/**
 * The reporting period a report pack is for, as every chapter needs it: the name printed on the report
 * ("2. tertial 2026"), the calendar span its figures cover, and whether the period is closed (then the
 * follow-up chapter reads the frozen snapshot, not today's statuses).
 */
public record ReportScope(Long periodId, String name, int year, LocalDate from, LocalDate to, boolean closed) {
}
