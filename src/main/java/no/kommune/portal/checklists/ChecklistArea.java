package no.kommune.portal.checklists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/** An area (category) of a template version, e.g. "HMS og arbeidsmiljø", with help text. */
@Entity
@Audited
@Table(name = "checklist_area")
public class ChecklistArea extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private TemplateVersion templateVersion;

    @Column(name = "area_no", nullable = false)
    private int areaNo;

    @Column(nullable = false, length = TextLimits.TITLE)
    private String title;

    @Column(name = "help_text", columnDefinition = "TEXT")
    private String helpText;

    protected ChecklistArea() {
    }

    ChecklistArea(TemplateVersion templateVersion, int areaNo, String title, String helpText) {
        this.templateVersion = templateVersion;
        this.areaNo = areaNo;
        this.title = title;
        this.helpText = helpText;
    }

    public TemplateVersion getTemplateVersion() {
        return templateVersion;
    }

    public int getAreaNo() {
        return areaNo;
    }

    public String getTitle() {
        return title;
    }

    public String getHelpText() {
        return helpText;
    }

    void update(String title, String helpText) {
        this.title = title;
        this.helpText = helpText;
    }
}
