package no.kommune.portal.reports;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.export.ExportFormat;

/**
 * One generated report pack. Not audited by Envers: the row itself is the record of who generated which
 * report when, and the file is never changed after it is made.
 */
@Entity
@Table(name = "report_pack")
public class ReportPack extends AbstractEntity {

    /** The formats a pack may be ordered in: the document formats of {@link ExportFormat} (stored by name). */
    public enum Format {
        PDF(ExportFormat.PDF),
        DOCX(ExportFormat.DOCX);

        private final ExportFormat export;

        Format(ExportFormat export) {
            this.export = export;
        }

        public ExportFormat export() {
            return export;
        }
    }

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "period_name", nullable = false, length = 100, updatable = false)
    private String periodName;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 10, updatable = false)
    private Format format;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.QUEUED;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "error", length = 500)
    private String error;

    protected ReportPack() {
    }

    ReportPack(Long periodId, String periodName, Format format, String requestedBy) {
        this.periodId = periodId;
        this.periodName = periodName;
        this.format = format;
        this.requestedBy = requestedBy;
    }

    void started(Instant when) {
        status = Status.RUNNING;
        startedAt = when;
    }

    void done(String name, byte[] bytes, Instant when) {
        status = Status.DONE;
        fileName = name;
        content = bytes;
        sizeBytes = (long) bytes.length;
        finishedAt = when;
        durationMs = when.toEpochMilli() - startedAt.toEpochMilli();
    }

    void failed(String message, Instant when) {
        status = Status.FAILED;
        error = message == null ? "" : message.substring(0, Math.min(500, message.length()));
        finishedAt = when;
        durationMs = startedAt == null ? null : when.toEpochMilli() - startedAt.toEpochMilli();
    }

    public Long getPeriodId() {
        return periodId;
    }

    public String getPeriodName() {
        return periodName;
    }

    public Format getFormat() {
        return format;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getError() {
        return error;
    }
}
