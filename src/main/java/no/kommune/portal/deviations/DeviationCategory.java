package no.kommune.portal.deviations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/** A main category deviations are reported in (configurable reference data). */
@Entity
@Audited
@Table(name = "deviation_category")
public class DeviationCategory extends AbstractEntity {

    @Column(nullable = false, unique = true, length = TextLimits.CODE)
    private String code;

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected DeviationCategory() {
    }

    public DeviationCategory(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
