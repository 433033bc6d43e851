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
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/**
 * One version of a template. A DRAFT may be edited; once PUBLISHED it never changes, so rounds (which
 * reference a published version) and the answers given in them keep exactly the questions they were asked.
 */
@Entity
@Audited
@Table(name = "checklist_template_version")
public class TemplateVersion extends AbstractEntity {

    public enum State { DRAFT, PUBLISHED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private ChecklistTemplate template;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.DRAFT;

    /** Free label such as "2021" or "2025" (the year the source printed this version). */
    @Column(length = TextLimits.NAME)
    private String label;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected TemplateVersion() {
    }

    TemplateVersion(ChecklistTemplate template, int versionNo, String label) {
        this.template = template;
        this.versionNo = versionNo;
        this.label = label;
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public State getState() {
        return state;
    }

    public String getLabel() {
        return label;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return state == State.PUBLISHED;
    }

    void publish(Instant when) {
        this.state = State.PUBLISHED;
        this.publishedAt = when;
    }
}
