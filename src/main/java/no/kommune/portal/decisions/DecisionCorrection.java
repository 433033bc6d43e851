package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * One corrected field of a registered decision (mandate null) or of one of its mandates: old and new value
 * as the user saw them, the reason given, and who corrected it (created_by, plus the full name at the time so
 * the history reads "Kjersti Forbord Jensås" even after the account is renamed). Never changed after it is
 * written.
 */
@Entity
@Audited
@Table(name = "decision_correction")
public class DecisionCorrection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mandate_id")
    private Mandate mandate;

    /** The field's name; its label is the translation key {@code decisions.<field>}. */
    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", columnDefinition = "TEXT")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "TEXT")
    private String newValue;

    @Column(columnDefinition = "TEXT")
    private String reason;

    @Column(name = "corrected_by_name", length = 200)
    private String correctedByName;

    protected DecisionCorrection() {
    }

    DecisionCorrection(Decision decision, Mandate mandate, String field, String oldValue, String newValue,
            String reason, String correctedByName) {
        this.decision = decision;
        this.mandate = mandate;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.correctedByName = correctedByName;
    }

    public Decision getDecision() {
        return decision;
    }

    public Mandate getMandate() {
        return mandate;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getCorrectedByName() {
        return correctedByName;
    }
}
