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

/** A mandate's status and text as they stood when a reporting period was closed. Never changed. */
@Entity
@Audited
@Table(name = "period_snapshot")
public class PeriodSnapshot extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mandate_id", nullable = false)
    private Mandate mandate;

    @Column(name = "status_label", nullable = false, length = 100)
    private String statusLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MandateState state;

    @Column(name = "status_text", columnDefinition = "TEXT")
    private String statusText;

    protected PeriodSnapshot() {
    }

    PeriodSnapshot(ReportingPeriod period, Mandate mandate) {
        this.period = period;
        this.mandate = mandate;
        this.statusLabel = mandate.getStatus().getLabel();
        this.state = mandate.getStatus().getState();
        this.statusText = mandate.getStatusText();
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public MandateState getState() {
        return state;
    }

    public String getStatusText() {
        return statusText;
    }
}
