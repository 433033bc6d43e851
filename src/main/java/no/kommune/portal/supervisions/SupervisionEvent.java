package no.kommune.portal.supervisions;

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
 * One step in a supervision's history: who (created_by), when (created_at), old and new status, new
 * measures text and a comment. Written once, never changed.
 */
@Entity
@Audited
@Table(name = "supervision_event")
public class SupervisionEvent extends AbstractEntity {

    public enum Kind { CREATED, IMPORTED, EDITED, STATUS_CHANGE, MEASURES_UPDATE }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervision_id", nullable = false)
    private Supervision supervision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private SupervisionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private SupervisionStatus toStatus;

    @Column(columnDefinition = "TEXT")
    private String measures;

    @Column(columnDefinition = "TEXT")
    private String comment;

    protected SupervisionEvent() {
    }

    SupervisionEvent(Supervision supervision, Kind kind, SupervisionStatus fromStatus, SupervisionStatus toStatus,
            String measures, String comment) {
        this.supervision = supervision;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.measures = measures;
        this.comment = comment;
    }

    public Supervision getSupervision() {
        return supervision;
    }

    public Kind getKind() {
        return kind;
    }

    public SupervisionStatus getFromStatus() {
        return fromStatus;
    }

    public SupervisionStatus getToStatus() {
        return toStatus;
    }

    public String getMeasures() {
        return measures;
    }

    public String getComment() {
        return comment;
    }
}
