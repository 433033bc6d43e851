package no.kommune.portal.deviations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** One read of a confidential deviation: who (created_by) and when (created_at). */
@Entity
@Audited
@Table(name = "deviation_read_log")
public class DeviationReadLog extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deviation_id", nullable = false)
    private Deviation deviation;

    protected DeviationReadLog() {
    }

    DeviationReadLog(Deviation deviation) {
        this.deviation = deviation;
    }

    public Deviation getDeviation() {
        return deviation;
    }
}
