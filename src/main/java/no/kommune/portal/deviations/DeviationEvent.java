package no.kommune.portal.deviations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.organisation.OrgUnit;
import org.hibernate.envers.Audited;

/** One step in a deviation's handling: who (created_by), when (created_at), from → to, comment. Never changed. */
@Entity
@Audited
@Table(name = "deviation_event")
public class DeviationEvent extends AbstractEntity {

    public enum Kind {
        REPORTED, STATUS_CHANGED, FORWARDED, ACTION_ADDED, ACTION_DONE, CLOSED, REOPENED, TAKEN_OVER,
        /** Moved to another unit because the unit it was reported to was closed (decision 020). */
        MOVED_UNIT_CLOSED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deviation_id", nullable = false)
    private Deviation deviation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private DeviationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    private DeviationStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_unit_id")
    private OrgUnit fromUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_unit_id")
    private OrgUnit toUnit;

    @Column(columnDefinition = "TEXT")
    private String comment;

    protected DeviationEvent() {
    }

    DeviationEvent(Deviation deviation, Kind kind, DeviationStatus fromStatus, DeviationStatus toStatus,
            OrgUnit fromUnit, OrgUnit toUnit, String comment) {
        this.deviation = deviation;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromUnit = fromUnit;
        this.toUnit = toUnit;
        this.comment = comment;
    }

    public Deviation getDeviation() {
        return deviation;
    }

    public Kind getKind() {
        return kind;
    }

    public DeviationStatus getFromStatus() {
        return fromStatus;
    }

    public DeviationStatus getToStatus() {
        return toStatus;
    }

    public OrgUnit getFromUnit() {
        return fromUnit;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public String getComment() {
        return comment;
    }
}
