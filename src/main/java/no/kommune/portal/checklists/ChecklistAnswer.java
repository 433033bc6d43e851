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

/** The answer to one question in one unit's checklist, with a comment. Changes are kept by Envers. */
@Entity
@Audited
@Table(name = "checklist_answer")
public class ChecklistAnswer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instance_id", nullable = false)
    private ChecklistInstance instance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private ChecklistQuestion question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnswerValue answer;

    @Column(columnDefinition = "TEXT")
    private String comment;

    /** Why a Nei or Delvis answer needs no action (tiltak); null while none is given. */
    @Column(name = "no_action_reason", columnDefinition = "TEXT")
    private String noActionReason;

    protected ChecklistAnswer() {
    }

    ChecklistAnswer(ChecklistInstance instance, ChecklistQuestion question) {
        this.instance = instance;
        this.question = question;
    }

    public ChecklistInstance getInstance() {
        return instance;
    }

    public ChecklistQuestion getQuestion() {
        return question;
    }

    public AnswerValue getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public String getNoActionReason() {
        return noActionReason;
    }

    void set(AnswerValue answer, String comment) {
        this.answer = answer;
        this.comment = comment;
        if (!answer.allowsAction()) {
            this.noActionReason = null; // a Ja or Ikke aktuelt answer needs no reason, a later Nei needs a new one
        }
    }

    void explainNoAction(String reason) {
        this.noActionReason = reason;
    }
}
