package no.kommune.portal.checklists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/**
 * A round ("2. tertial 2025") of one published template version with a deadline. Its overview is shown to
 * politicians only after management publishes it.
 */
@Entity
@Audited
@Table(name = "checklist_round")
public class ChecklistRound extends AbstractEntity {

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private TemplateVersion templateVersion;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = TextLimits.USERNAME)
    private String publishedBy;

    protected ChecklistRound() {
    }

    ChecklistRound(String name, TemplateVersion templateVersion, LocalDate deadline, Instant openedAt) {
        this.name = name;
        this.templateVersion = templateVersion;
        this.deadline = deadline;
        this.openedAt = openedAt;
    }

    public String getName() {
        return name;
    }

    public TemplateVersion getTemplateVersion() {
        return templateVersion;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** Only for back-dated rounds in tests and demo data: the service refuses deadlines in the past. */
    void moveDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    void setPublished(boolean published, Instant when, String who) {
        this.published = published;
        this.publishedAt = published ? when : null;
        this.publishedBy = published ? who : null;
    }
}
