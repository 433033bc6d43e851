package no.kommune.portal.municipality;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;

/** The portal's own municipality: one row at most (see db/changelog/030-municipality-profile.sql). */
@Entity
@Table(name = "municipality_profile")
public class MunicipalityProfile extends AbstractEntity {

    /** The value of {@code profile_key} of the one row (unique in the table). */
    static final String KEY = "portal";

    @Column(name = "profile_key", nullable = false, updatable = false, length = 20)
    private String profileKey = KEY;

    @Column(name = "name", nullable = false, length = MunicipalityRules.NAME_MAX)
    private String name;

    @Column(name = "municipality_number", nullable = false, length = 4)
    private String number;

    @Column(name = "accent_colour", length = 7)
    private String accentColour;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo_png", columnDefinition = "MEDIUMBLOB")
    private byte[] logoPng;

    protected MunicipalityProfile() {
    }

    MunicipalityProfile(String name, String number) {
        this.name = name;
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public String getAccentColour() {
        return accentColour;
    }

    byte[] getLogoPng() {
        return logoPng;
    }

    /** Values that passed {@link MunicipalityRules}. */
    void change(String name, String number, String accentColour) {
        this.name = name;
        this.number = number;
        this.accentColour = accentColour;
    }

    void setLogoPng(byte[] logoPng) {
        this.logoPng = logoPng;
    }
}
