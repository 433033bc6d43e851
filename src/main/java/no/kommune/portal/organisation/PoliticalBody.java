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

/** A political body (kommunestyre, formannskap, utvalg, kontrollutvalg, råd) of one municipality. */
@Entity
@Audited
@Table(name = "political_body")
public class PoliticalBody extends AbstractEntity {

    @NotBlank
    @NoMarkup
    @Size(max = TextLimits.NAME)
    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    /** Abbreviation used in case numbers, e.g. KS, FSK. */
    @NoMarkup
    @Size(max = TextLimits.CODE)
    @Column(name = "short_name", length = TextLimits.CODE)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BodyType type;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private OrgUnit municipality;

    @Column(nullable = false)
    private boolean active = true;

    protected PoliticalBody() {
    }

    public PoliticalBody(String name, String shortName, BodyType type, OrgUnit municipality) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.municipality = municipality;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public BodyType getType() {
        return type;
    }

    public void setType(BodyType type) {
        this.type = type;
    }

    public OrgUnit getMunicipality() {
        return municipality;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
