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
import java.time.LocalDate;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.organisation.UserAccount;
import org.hibernate.envers.Audited;

/**
 * A follow-up action (tiltak) from a Nei or Delvis answer: owner, deadline and a status followed up like a
 * mandate (status + status text, every change a history row).
 */
@Entity
@Audited
@Table(name = "checklist_action")
public class ChecklistAction extends AbstractEntity {

    public enum State {
        OPEN, IN_PROGRESS, DONE, CANCELLED;

        public boolean isClosed() {
            return this == DONE || this == CANCELLED;
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false)
    private ChecklistAnswer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instance_id", nullable = false)
    private ChecklistInstance instance;

    @Column(nullable = false, length = TextLimits.TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.OPEN;

    @Column(name = "status_text", columnDefinition = "TEXT")
    private String statusText;

    @Column(name = "status_updated_at")
    private Instant statusUpdatedAt;

    protected ChecklistAction() {
    }

    ChecklistAction(ChecklistAnswer answer, String title, UserAccount owner, LocalDate deadline) {
        this.answer = answer;
        this.instance = answer.getInstance();
        this.title = title;
        this.owner = owner;
        this.deadline = deadline;
    }

    public ChecklistAnswer getAnswer() {
        return answer;
    }

    public ChecklistInstance getInstance() {
        return instance;
    }

    public String getTitle() {
        return title;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public State getState() {
        return state;
    }

    public String getStatusText() {
        return statusText;
    }

    public Instant getStatusUpdatedAt() {
        return statusUpdatedAt;
    }

    void changeStatus(State state, String text, Instant when) {
        this.state = state;
        this.statusText = text;
        this.statusUpdatedAt = when;
    }
}
