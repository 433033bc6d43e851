package no.kommune.portal.checklists;

import static no.kommune.portal.base.SafeText.optional;
import static no.kommune.portal.base.SafeText.required;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates (quality): versioned, with areas and questions; a published version never changes,
 * so the answers given to it keep their meaning. Editing a published template makes a new draft version.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistTemplates {

    private final ChecklistTemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final ChecklistAreaRepository areas;
    private final ChecklistQuestionRepository questions;
    private final ChecklistRows rows;
    private final Clock clock;

    public ChecklistTemplates(ChecklistTemplateRepository templates, TemplateVersionRepository versions,
            ChecklistAreaRepository areas, ChecklistQuestionRepository questions, ChecklistRows rows, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.areas = areas;
        this.questions = questions;
        this.rows = rows;
        this.clock = clock;
    }

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public List<TemplateVersionRow> templateVersions() {
        return versions.findAllWithTemplate().stream().map(rows::versionRow).toList();
    }

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public List<TemplateVersionRow> publishedVersions() {
        return templateVersions().stream().filter(v -> v.state() == TemplateVersion.State.PUBLISHED).toList();
    }

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public TemplateContent templateContent(Long versionId) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        return rows.content(v);
    }

    /** A new template with an empty draft version 1; returns the draft version's id. */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long createTemplate(String name, String description) {
        String n = required(name, TextLimits.NAME, "checklists.templateName");
        ChecklistTemplate t = templates.save(new ChecklistTemplate(n, description(description), null));
        return versions.save(new TemplateVersion(t, 1, null)).getId();
    }

    /**
     * The draft to edit: the existing draft, or a new draft copied from the newest version. Published
     * versions (and the answers given to them) are never changed.
     */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long editableDraft(Long templateId) {
        TemplateVersion newest = versions.findFirstByTemplateIdOrderByVersionNoDesc(templateId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!newest.isPublished()) {
            return newest.getId();
        }
        TemplateVersion draft = versions.save(new TemplateVersion(newest.getTemplate(), newest.getVersionNo() + 1,
                null));
        for (ChecklistArea area : areas.findByTemplateVersionIdOrderByAreaNo(newest.getId())) {
            ChecklistArea copy = areas.save(new ChecklistArea(draft, area.getAreaNo(), area.getTitle(),
                    area.getHelpText()));
            for (ChecklistQuestion q : questions.findByVersion(newest.getId())) {
                if (q.getArea().getId().equals(area.getId())) {
                    questions.save(new ChecklistQuestion(copy, q.getItemNo(), q.getSortOrder(), q.getText(),
                            q.getHelpText()));
                }
            }
        }
        return draft.getId();
    }

    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long addArea(Long versionId, String title, String helpText) {
        TemplateVersion v = draft(versionId);
        String t = required(title, TextLimits.TITLE, "checklists.areaTitle");
        int next = areas.findByTemplateVersionIdOrderByAreaNo(v.getId()).stream()
                .mapToInt(ChecklistArea::getAreaNo).max().orElse(0) + 1;
        return areas.save(new ChecklistArea(v, next, t, helpText(helpText))).getId();
    }

    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public void updateArea(Long areaId, String title, String helpText) {
        ChecklistArea a = areas.findById(areaId).orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(a.getTemplateVersion().getId());
        a.update(required(title, TextLimits.TITLE, "checklists.areaTitle"), helpText(helpText));
    }

    /** Adds a question at the end of the area, numbered "area.n" like the source. */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long addQuestion(Long areaId, String text, String helpText) {
        ChecklistArea a = areas.findById(areaId).orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(a.getTemplateVersion().getId());
        String t = required(text, TextLimits.TITLE, "checklists.question");
        List<ChecklistQuestion> inArea = questions.findByVersion(a.getTemplateVersion().getId()).stream()
                .filter(q -> q.getArea().getId().equals(a.getId())).toList();
        int next = inArea.stream().mapToInt(ChecklistQuestion::getSortOrder).max().orElse(0) + 1;
        String itemNo = a.getAreaNo() + "." + next;
        return questions.save(new ChecklistQuestion(a, itemNo, next, t, helpText(helpText))).getId();
    }

    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public void updateQuestion(Long questionId, String text, String helpText) {
        ChecklistQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(q.getTemplateVersion().getId());
        q.update(required(text, TextLimits.TITLE, "checklists.question"), helpText(helpText));
    }

    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public void publish(Long versionId) {
        TemplateVersion v = draft(versionId);
        if (questions.countByTemplateVersionId(versionId) == 0) {
            throw new UserFacingException("checklists.error.noQuestions");
        }
        v.publish(clock.instant());
    }

    /** A template with its versions as the source printed them (for imports and the demo). */
    public record TemplateImport(String sourceKey, String name, String description, List<VersionImport> versions) {
    }

    public record VersionImport(String label, List<AreaImport> areas) {
    }

    public record AreaImport(int areaNo, String title, String helpText, List<QuestionImport> questions) {
    }

    public record QuestionImport(String itemNo, String text, String helpText) {
    }

    /**
     * Creates the template with every version published, unless a template with the source key exists
     * (then nothing is changed). Returns the template id.
     */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long importTemplate(TemplateImport spec) {
        Optional<ChecklistTemplate> existing = templates.findBySourceKey(spec.sourceKey());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ChecklistTemplate t = templates.save(new ChecklistTemplate(
                required(spec.name(), TextLimits.NAME, "checklists.templateName"),
                description(spec.description()), spec.sourceKey()));
        int no = 0;
        for (VersionImport vi : spec.versions()) {
            TemplateVersion v = versions.save(new TemplateVersion(t, ++no, vi.label()));
            for (AreaImport ai : vi.areas()) {
                ChecklistArea area = areas.save(new ChecklistArea(v, ai.areaNo(),
                        required(ai.title(), TextLimits.TITLE, "checklists.areaTitle"),
                        helpText(ai.helpText())));
                int order = 0;
                for (QuestionImport qi : ai.questions()) {
                    questions.save(new ChecklistQuestion(area, qi.itemNo(), ++order,
                            required(qi.text(), TextLimits.TITLE, "checklists.question"),
                            helpText(qi.helpText())));
                }
            }
            v.publish(clock.instant());
        }
        return t.getId();
    }

    private TemplateVersion draft(Long versionId) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (v.isPublished()) {
            throw new UserFacingException("checklists.error.versionPublished");
        }
        return v;
    }

    private static String helpText(String text) {
        return optional(text, TextLimits.LONG_TEXT, "checklists.helpText");
    }

    private static String description(String text) {
        return optional(text, TextLimits.LONG_TEXT, "checklists.description");
    }
}
