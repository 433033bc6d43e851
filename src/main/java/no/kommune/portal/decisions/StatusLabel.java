package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** A status as the municipality words it ("Iht. plan"), mapped to one fixed {@link MandateState}. */
@Entity
@Audited
@Table(name = "decision_status_label")
public class StatusLabel extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MandateState state;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected StatusLabel() {
    }

    StatusLabel(String label, MandateState state, int sortOrder) {
        this.label = label;
        this.state = state;
        this.sortOrder = sortOrder;
    }

    void rename(String newLabel) {
        this.label = newLabel;
    }

    void placeAt(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    /** A label is never deleted: mandates and history rows keep pointing at it. */
    void setActive(boolean active) {
        this.active = active;
    }

    public String getLabel() {
        return label;
    }

    public MandateState getState() {
        return state;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return label;
    }
}
