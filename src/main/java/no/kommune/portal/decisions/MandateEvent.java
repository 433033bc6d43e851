package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * One step in a mandate's follow-up history: who (created_by), when (created_at), old → new status, the
 * status text, the reporting period it belongs to and any comment. Never changed after it is written.
 */
@Entity
@Audited
@Table(name = "mandate_event")
public class MandateEvent extends AbstractEntity {

    public enum Kind { CREATED, IMPORTED, STATUS_UPDATE, DONE_PROPOSED, DONE_CONFIRMED, SENT_BACK, CANCELLED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "from_status", length = 100)
    private String fromStatus;

    @Column(name = "to_status", length = 100)
    private String toStatus;

    @Column(name = "status_text", columnDefinition = "TEXT")
    private String statusText;

    @Column(columnDefinition = "TEXT")
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    protected MandateEvent() {
    }

    MandateEvent(Mandate mandate, Kind kind, String fromStatus, String toStatus, String statusText, String comment,
            ReportingPeriod period) {
        this.mandate = mandate;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.statusText = statusText;
        this.comment = comment;
        this.period = period;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getStatusText() {
        return statusText;
    }

    public String getComment() {
        return comment;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }
}
