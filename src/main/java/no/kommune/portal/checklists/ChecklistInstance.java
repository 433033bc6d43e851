package no.kommune.portal.checklists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.organisation.OrgUnit;
import org.hibernate.envers.Audited;

/** One unit's checklist in one round. Submitting locks it; quality can reopen it with a reason. */
@Entity
@Audited
@Table(name = "checklist_instance")
public class ChecklistInstance extends AbstractEntity {

    public enum State { OPEN, SUBMITTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private ChecklistRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.OPEN;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = TextLimits.USERNAME)
    private String submittedBy;

    protected ChecklistInstance() {
    }

    ChecklistInstance(ChecklistRound round, OrgUnit unit) {
        this.round = round;
        this.unit = unit;
    }

    public ChecklistRound getRound() {
        return round;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public State getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == State.SUBMITTED;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    /** The unit it belonged to was closed: the receiving unit answers it (decision 020). */
    void moveTo(OrgUnit receiving) {
        this.unit = receiving;
    }

    void submit(Instant when, String who) {
        this.state = State.SUBMITTED;
        this.submittedAt = when;
        this.submittedBy = who;
    }

    void reopen() {
        this.state = State.OPEN;
        this.submittedAt = null;
        this.submittedBy = null;
    }
}
