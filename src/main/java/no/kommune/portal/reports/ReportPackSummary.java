package no.kommune.portal.reports;

import java.time.Instant;

/** A report pack without its file, for lists (the file is read only when downloaded). */
public record ReportPackSummary(Long id, String periodName, ReportPack.Format format, ReportPack.Status status,
        Instant requestedAt, Instant finishedAt, Long durationMs, String fileName, Long sizeBytes, String error) {

    /** The error of a pack that a stopped node left pending (see ReportPackSweeper). */
    public static final String ABANDONED = "reports.error.abandoned";

    public boolean pending() {
        return status == ReportPack.Status.QUEUED || status == ReportPack.Status.RUNNING;
    }
}
