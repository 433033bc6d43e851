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

/** A question of a template version, numbered like the source ("4.1"), with optional help text. */
@Entity
@Audited
@Table(name = "checklist_question")
public class ChecklistQuestion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private TemplateVersion templateVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ChecklistArea area;

    @Column(name = "item_no", nullable = false, length = TextLimits.CODE)
    private String itemNo;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "question_text", nullable = false, length = TextLimits.TITLE)
    private String text;

    @Column(name = "help_text", columnDefinition = "TEXT")
    private String helpText;

    protected ChecklistQuestion() {
    }

    ChecklistQuestion(ChecklistArea area, String itemNo, int sortOrder, String text, String helpText) {
        this.templateVersion = area.getTemplateVersion();
        this.area = area;
        this.itemNo = itemNo;
        this.sortOrder = sortOrder;
        this.text = text;
        this.helpText = helpText;
    }

    public TemplateVersion getTemplateVersion() {
        return templateVersion;
    }

    public ChecklistArea getArea() {
        return area;
    }

    public String getItemNo() {
        return itemNo;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getText() {
        return text;
    }

    public String getHelpText() {
        return helpText;
    }

    void update(String text, String helpText) {
        this.text = text;
        this.helpText = helpText;
    }
}
