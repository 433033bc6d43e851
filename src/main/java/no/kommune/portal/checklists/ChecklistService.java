package no.kommune.portal.checklists;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.kommune.portal.checklists.ChecklistTemplates.TemplateImport;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.ServiceAreaCompletion;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import no.kommune.portal.checklists.ChecklistViews.UnitCompletion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one service the checklist views talk to: a thin facade over the services that do the work, each
 * small enough to read in one sitting: versioned templates ({@link ChecklistTemplates}), rounds per tertial
 * ({@link ChecklistRounds}), answering and submitting ({@link ChecklistAnswering}), follow-up actions from
 * Nei/Delvis answers ({@link ChecklistActions}) and the status overview ({@link ChecklistOverviews}, whose
 * arithmetic is {@link OverviewArithmetic}). Roles are checked here and again in each service; which units'
 * checklists a user may see or answer is checked by {@link ChecklistAccess}.
 */
@Service
public class ChecklistService {

    static final String READ = ChecklistRules.READ;
    static final String OVERVIEW = ChecklistRules.OVERVIEW;

    private final ChecklistTemplates templates;
    private final ChecklistRounds rounds;
    private final ChecklistAnswering answering;
    private final ChecklistActions actions;
    private final ChecklistOverviews overviews;

    public ChecklistService(ChecklistTemplates templates, ChecklistRounds rounds, ChecklistAnswering answering,
            ChecklistActions actions, ChecklistOverviews overviews) {
        this.templates = templates;
        this.rounds = rounds;
        this.answering = answering;
        this.actions = actions;
        this.overviews = overviews;
    }

    // ---- templates -----------------------------------------------------------------------------------

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public List<TemplateVersionRow> templateVersions() {
        return templates.templateVersions();
    }

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public List<TemplateVersionRow> publishedVersions() {
        return templates.publishedVersions();
    }

    @PreAuthorize(ChecklistRules.TEMPLATE_READ)
    public TemplateContent templateContent(Long versionId) {
        return templates.templateContent(versionId);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long createTemplate(String name, String description) {
        return templates.createTemplate(name, description);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long editableDraft(Long templateId) {
        return templates.editableDraft(templateId);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long addArea(Long versionId, String title, String helpText) {
        return templates.addArea(versionId, title, helpText);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public void updateArea(Long areaId, String title, String helpText) {
        templates.updateArea(areaId, title, helpText);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long addQuestion(Long areaId, String text, String helpText) {
        return templates.addQuestion(areaId, text, helpText);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public void updateQuestion(Long questionId, String text, String helpText) {
        templates.updateQuestion(questionId, text, helpText);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public void publish(Long versionId) {
        templates.publish(versionId);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long importTemplate(TemplateImport spec) {
        return templates.importTemplate(spec);
    }

    // ---- rounds --------------------------------------------------------------------------------------

    @PreAuthorize(ChecklistRules.QUALITY)
    public Long openRound(Long versionId, String name, LocalDate deadline, Collection<Long> unitIds) {
        return rounds.openRound(versionId, name, deadline, unitIds);
    }

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<RoundRow> roundPage(int offset, int limit) {
        return rounds.roundPage(offset, limit);
    }

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public long roundCount() {
        return rounds.roundCount();
    }

    @PreAuthorize(ChecklistRules.MANAGE)
    public void publishOverview(Long roundId, boolean published) {
        rounds.publishOverview(roundId, published);
    }

    // ---- answering -----------------------------------------------------------------------------------

    @PreAuthorize(ChecklistRules.READ)
    public List<InstanceRow> myPage(int offset, int limit) {
        return answering.myPage(offset, limit);
    }

    @PreAuthorize(ChecklistRules.READ)
    public long myCount() {
        return answering.myCount();
    }

    @PreAuthorize(ChecklistRules.READ)
    public long unansweredFor(Collection<Long> unitIds) {
        return answering.unansweredFor(unitIds);
    }

    @PreAuthorize(ChecklistRules.READ)
    public InstanceDetail instance(Long instanceId) {
        return answering.instance(instanceId);
    }

    @PreAuthorize(ChecklistRules.ANSWER)
    public void answer(Long instanceId, Long questionId, AnswerValue value, String comment) {
        answering.answer(instanceId, questionId, value, comment);
    }

    @PreAuthorize(ChecklistRules.ANSWER)
    public void submit(Long instanceId, long expectedVersion) {
        answering.submit(instanceId, expectedVersion);
    }

    @PreAuthorize(ChecklistRules.ANSWER)
    public void explainNoAction(Long instanceId, Long questionId, String reason) {
        answering.explainNoAction(instanceId, questionId, reason);
    }

    @PreAuthorize(ChecklistRules.QUALITY)
    public void reopen(Long instanceId, String reason) {
        answering.reopen(instanceId, reason);
    }

    // ---- actions -------------------------------------------------------------------------------------

    @PreAuthorize(ChecklistRules.ANSWER)
    public Long addAction(Long instanceId, Long questionId, String title, Long ownerId, LocalDate deadline) {
        return actions.addAction(instanceId, questionId, title, ownerId, deadline);
    }

    @PreAuthorize(ChecklistRules.READ)
    public void updateAction(Long actionId, ChecklistAction.State state, String statusText) {
        actions.updateAction(actionId, state, statusText);
    }

    // ---- overview ------------------------------------------------------------------------------------

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public Overview overview(Long roundId) {
        return overviews.overview(roundId);
    }

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<UnitCompletion> completion(Long roundId) {
        return overviews.completion(roundId);
    }

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<ServiceAreaCompletion> serviceAreaCompletion(Long roundId) {
        return overviews.serviceAreaCompletion(roundId);
    }
}
