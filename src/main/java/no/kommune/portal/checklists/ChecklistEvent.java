package no.kommune.portal.checklists;

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

/** One step in a checklist's history: who (created_by), when (created_at), from → to, comment. Never changed. */
@Entity
@Audited
@Table(name = "checklist_event")
public class ChecklistEvent extends AbstractEntity {

    public enum Kind {
        OPENED, SUBMITTED, REOPENED, ACTION_CREATED, ACTION_UPDATED, NO_ACTION_EXPLAINED, ANSWER_CHANGED,
        /** Moved to another unit because its unit was closed (decision 020). */
        MOVED_UNIT_CLOSED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instance_id", nullable = false)
    private ChecklistInstance instance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private ChecklistAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "from_state", length = 20)
    private String fromState;

    @Column(name = "to_state", length = 20)
    private String toState;

    @Column(columnDefinition = "TEXT")
    private String comment;

    protected ChecklistEvent() {
    }

    ChecklistEvent(ChecklistInstance instance, ChecklistAction action, Kind kind, String fromState, String toState,
            String comment) {
        this.instance = instance;
        this.action = action;
        this.kind = kind;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
    }

    public ChecklistInstance getInstance() {
        return instance;
    }

    public ChecklistAction getAction() {
        return action;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }
}
