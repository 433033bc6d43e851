package no.kommune.portal.checklists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/** A checklist template family (e.g. "Sjekkliste for internkontroll"); its content lives in versions. */
@Entity
@Audited
@Table(name = "checklist_template")
public class ChecklistTemplate extends AbstractEntity {

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "source_key", length = 200, unique = true)
    private String sourceKey;

    protected ChecklistTemplate() {
    }

    ChecklistTemplate(String name, String description, String sourceKey) {
        this.name = name;
        this.description = description;
        this.sourceKey = sourceKey;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getSourceKey() {
        return sourceKey;
    }
}
