package no.kommune.portal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.NoMarkup;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/** A node in the municipal organisation tree: municipality, service area, unit or department. */
@Entity
@Audited
@Table(name = "org_unit")
public class OrgUnit extends AbstractEntity {

    @NotBlank
    @NoMarkup
    @Size(max = TextLimits.NAME)
    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @NoMarkup
    @Size(max = TextLimits.CODE)
    @Column(length = TextLimits.CODE)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    /** The nearest leader: deviations reported to this unit go to this person. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private UserAccount leader;

    @Column(nullable = false)
    private boolean active = true;

    protected OrgUnit() {
    }

    public OrgUnit(String name, String code, OrgUnitType type, OrgUnit parent) {
        this.name = name;
        this.code = code;
        this.type = type;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public OrgUnitType getType() {
        return type;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public void setParent(OrgUnit parent) {
        this.parent = parent;
    }

    /**
     * Who answers for this unit: its own leader, else the leader of the nearest unit above it, skipping
     * deactivated accounts (they cannot sign in to act). Null when no unit up to the top has one.
     */
    public UserAccount nearestActiveLeader() {
        int guard = 0;
        for (OrgUnit u = this; u != null && guard++ < 50; u = u.getParent()) {
            if (u.getLeader() != null && u.getLeader().isActive()) {
                return u.getLeader();
            }
        }
        return null;
    }

    public UserAccount getLeader() {
        return leader;
    }

    public void setLeader(UserAccount leader) {
        this.leader = leader;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** "200 Skolene" when the unit has a code, else the name. */
    public String getDisplayName() {
        return code == null || code.isBlank() ? name : code + " " + name;
    }
}
