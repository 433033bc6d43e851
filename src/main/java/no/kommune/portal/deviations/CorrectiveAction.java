package no.kommune.portal.deviations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.organisation.UserAccount;
import org.hibernate.envers.Audited;

/** A corrective action (tiltak) for a deviation, with an owner and a deadline. */
@Entity
@Audited
@Table(name = "deviation_action")
public class CorrectiveAction extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deviation_id", nullable = false)
    private Deviation deviation;

    @Column(nullable = false, length = TextLimits.TITLE)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "done_at")
    private Instant doneAt;

    protected CorrectiveAction() {
    }

    CorrectiveAction(Deviation deviation, String description, UserAccount owner, LocalDate deadline) {
        this.deviation = deviation;
        this.description = description;
        this.owner = owner;
        this.deadline = deadline;
    }

    public Deviation getDeviation() {
        return deviation;
    }

    public String getDescription() {
        return description;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    void markDone(Instant when) {
        this.doneAt = when;
    }
}
