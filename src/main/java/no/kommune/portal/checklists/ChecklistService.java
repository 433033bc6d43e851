package no.kommune.portal.checklists;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;
import no.kommune.portal.checklists.ChecklistViews.AreaAnswers;
import no.kommune.portal.checklists.ChecklistViews.AreaContent;
import no.kommune.portal.checklists.ChecklistViews.GroupStatus;
import no.kommune.portal.checklists.ChecklistViews.HeatCell;
import no.kommune.portal.checklists.ChecklistViews.HistoryLine;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.checklists.ChecklistViews.QuestionContent;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.ServiceAreaCompletion;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import no.kommune.portal.checklists.ChecklistViews.UnitCompletion;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal-control checklists: versioned templates (quality), rounds per tertial with one checklist per
 * unit (quality), answering and submitting (the unit's leader), reopening (quality), follow-up actions from
 * Nei/Delvis answers, and the status overview (quality, management; politicians once management has
 * published it). Roles are checked by {@code @PreAuthorize}; which units' checklists a user may see or
 * answer is checked here through {@link CurrentUser}.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    static final String QUALITY = "hasRole('" + Roles.QUALITY + "')";
    static final String TEMPLATE_READ = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','"
            + Roles.ADMIN + "')";
    static final String READ = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','" + Roles.ADMIN
            + "','" + Roles.LEADER + "','" + Roles.POLITICIAN + "')";
    static final String OVERVIEW = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','" + Roles.ADMIN
            + "','" + Roles.POLITICIAN + "')";
    static final String ANSWER = "hasRole('" + Roles.LEADER + "')";
    static final String MANAGE = "hasRole('" + Roles.MANAGEMENT + "')";

    private final ChecklistTemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final ChecklistAreaRepository areas;
    private final ChecklistQuestionRepository questions;
    private final ChecklistRoundRepository rounds;
    private final ChecklistInstanceRepository instances;
    private final ChecklistAnswerRepository answers;
    private final ChecklistActionRepository actions;
    private final ChecklistEventRepository events;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    public ChecklistService(ChecklistTemplateRepository templates, TemplateVersionRepository versions,
            ChecklistAreaRepository areas, ChecklistQuestionRepository questions, ChecklistRoundRepository rounds,
            ChecklistInstanceRepository instances, ChecklistAnswerRepository answers,
            ChecklistActionRepository actions, ChecklistEventRepository events, OrganisationService organisation,
            CurrentUser currentUser, Notifier notifier, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.areas = areas;
        this.questions = questions;
        this.rounds = rounds;
        this.instances = instances;
        this.answers = answers;
        this.actions = actions;
        this.events = events;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    // ---- templates -----------------------------------------------------------------------------------

    @PreAuthorize(TEMPLATE_READ)
    public List<TemplateVersionRow> templateVersions() {
        return versions.findAllWithTemplate().stream().map(this::versionRow).toList();
    }

    @PreAuthorize(TEMPLATE_READ)
    public List<TemplateVersionRow> publishedVersions() {
        return templateVersions().stream().filter(v -> v.state() == TemplateVersion.State.PUBLISHED).toList();
    }

    @PreAuthorize(TEMPLATE_READ)
    public TemplateContent templateContent(Long versionId) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        return content(v);
    }

    /** A new template with an empty draft version 1; returns the draft version's id. */
    @Transactional
    @PreAuthorize(QUALITY)
    public Long createTemplate(String name, String description) {
        String n = requiredText(name, TextLimits.NAME, "checklists.error.nameRequired");
        ChecklistTemplate t = templates.save(new ChecklistTemplate(n, cleanText(description), null));
        return versions.save(new TemplateVersion(t, 1, null)).getId();
    }

    /**
     * The draft to edit: the existing draft, or a new draft copied from the newest version. Published
     * versions (and the answers given to them) are never changed.
     */
    @Transactional
    @PreAuthorize(QUALITY)
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
    @PreAuthorize(QUALITY)
    public Long addArea(Long versionId, String title, String helpText) {
        TemplateVersion v = draft(versionId);
        String t = requiredText(title, TextLimits.TITLE, "checklists.error.titleRequired");
        int next = areas.findByTemplateVersionIdOrderByAreaNo(v.getId()).stream()
                .mapToInt(ChecklistArea::getAreaNo).max().orElse(0) + 1;
        return areas.save(new ChecklistArea(v, next, t, cleanText(helpText))).getId();
    }

    @Transactional
    @PreAuthorize(QUALITY)
    public void updateArea(Long areaId, String title, String helpText) {
        ChecklistArea a = areas.findById(areaId).orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(a.getTemplateVersion().getId());
        a.update(requiredText(title, TextLimits.TITLE, "checklists.error.titleRequired"), cleanText(helpText));
    }

    /** Adds a question at the end of the area, numbered "area.n" like the source. */
    @Transactional
    @PreAuthorize(QUALITY)
    public Long addQuestion(Long areaId, String text, String helpText) {
        ChecklistArea a = areas.findById(areaId).orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(a.getTemplateVersion().getId());
        String t = requiredText(text, TextLimits.TITLE, "checklists.error.questionRequired");
        List<ChecklistQuestion> inArea = questions.findByVersion(a.getTemplateVersion().getId()).stream()
                .filter(q -> q.getArea().getId().equals(a.getId())).toList();
        int next = inArea.stream().mapToInt(ChecklistQuestion::getSortOrder).max().orElse(0) + 1;
        String itemNo = a.getAreaNo() + "." + next;
        return questions.save(new ChecklistQuestion(a, itemNo, next, t, cleanText(helpText))).getId();
    }

    @Transactional
    @PreAuthorize(QUALITY)
    public void updateQuestion(Long questionId, String text, String helpText) {
        ChecklistQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        draft(q.getTemplateVersion().getId());
        q.update(requiredText(text, TextLimits.TITLE, "checklists.error.questionRequired"), cleanText(helpText));
    }

    @Transactional
    @PreAuthorize(QUALITY)
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
    @PreAuthorize(QUALITY)
    public Long importTemplate(TemplateImport spec) {
        Optional<ChecklistTemplate> existing = templates.findBySourceKey(spec.sourceKey());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ChecklistTemplate t = templates.save(new ChecklistTemplate(
                requiredText(spec.name(), TextLimits.NAME, "checklists.error.nameRequired"),
                cleanText(spec.description()), spec.sourceKey()));
        int no = 0;
        for (VersionImport vi : spec.versions()) {
            TemplateVersion v = versions.save(new TemplateVersion(t, ++no, vi.label()));
            for (AreaImport ai : vi.areas()) {
                ChecklistArea area = areas.save(new ChecklistArea(v, ai.areaNo(),
                        requiredText(ai.title(), TextLimits.TITLE, "checklists.error.titleRequired"),
                        cleanText(ai.helpText())));
                int order = 0;
                for (QuestionImport qi : ai.questions()) {
                    questions.save(new ChecklistQuestion(area, qi.itemNo(), ++order,
                            requiredText(qi.text(), TextLimits.TITLE, "checklists.error.questionRequired"),
                            cleanText(qi.helpText())));
                }
            }
            v.publish(clock.instant());
        }
        return t.getId();
    }

    // ---- rounds --------------------------------------------------------------------------------------

    /**
     * Opens a round of a published template version for the given units (all active units when empty),
     * one checklist per unit, and tells each unit's leader.
     */
    @Transactional
    @PreAuthorize(QUALITY)
    public Long openRound(Long versionId, String name, LocalDate deadline, Collection<Long> unitIds) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!v.isPublished()) {
            throw new UserFacingException("checklists.error.versionNotPublished");
        }
        String n = requiredText(name, TextLimits.NAME, "checklists.error.roundNameRequired");
        if (deadline == null) {
            throw new UserFacingException("checklists.error.deadlineRequired");
        }
        if (deadline.isBefore(today())) {
            throw new UserFacingException("checklists.error.deadlinePast");
        }
        if (rounds.findFirstByTemplateVersionIdAndName(versionId, n).isPresent()) {
            throw new UserFacingException("checklists.error.roundExists", n);
        }
        List<UnitNode> tree = organisation.unitTree();
        Set<Long> chosen = new LinkedHashSet<>();
        if (unitIds == null || unitIds.isEmpty()) {
            tree.stream().filter(u -> u.type() == OrgUnitType.UNIT).map(UnitNode::id).forEach(chosen::add);
        } else {
            chosen.addAll(unitIds);
        }
        List<OrgUnit> units = chosen.stream().map(id -> em.find(OrgUnit.class, id))
                .filter(u -> u != null && u.isActive()).toList();
        if (units.isEmpty()) {
            throw new UserFacingException("checklists.error.noUnits");
        }
        ChecklistRound round = rounds.save(new ChecklistRound(n, v, deadline, clock.instant()));
        for (OrgUnit unit : units) {
            ChecklistInstance instance = instances.save(new ChecklistInstance(round, unit));
            events.save(new ChecklistEvent(instance, null, ChecklistEvent.Kind.OPENED, null,
                    ChecklistInstance.State.OPEN.name(), null));
            UserAccount leader = unit.nearestActiveLeader();
            if (leader != null) {
                notifier.send(new Notice(leader.getUsername(), "CHECKLIST_ROUND_OPENED",
                        "checklist-round-" + round.getId() + "-unit-" + unit.getId(), "checklists.notice.roundOpened",
                        List.of(n, unit.getName(), Formats.date(deadline)),
                        "internkontroll/sjekkliste/" + instance.getId()));
            }
        }
        return round.getId();
    }

    /** Rounds, newest first; politicians see only published rounds. */
    @PreAuthorize(OVERVIEW)
    public List<RoundRow> roundPage(Pageable pageable) {
        return rounds.page(!seesAll(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream().map(ChecklistService::roundRow).toList();
    }

    @PreAuthorize(OVERVIEW)
    public long roundCount() {
        return rounds.count(!seesAll());
    }

    /** Management publishes (or withdraws) a round's overview for the politicians. */
    @Transactional
    @PreAuthorize(MANAGE)
    public void publishOverview(Long roundId, boolean published) {
        ChecklistRound r = rounds.findById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
        r.setPublished(published, clock.instant(), currentUser.requireUsername());
    }

    // ---- answering -----------------------------------------------------------------------------------

    /** Checklists of the units the signed-in leader leads (including units below them), newest round first. */
    @PreAuthorize(READ)
    public List<InstanceRow> myPage(Pageable pageable) {
        Set<Long> led = ledUnits();
        if (led.isEmpty()) {
            return List.of();
        }
        return instances.findForUnits(led, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .stream().map(this::instanceRow).toList();
    }

    @PreAuthorize(READ)
    public long myCount() {
        Set<Long> led = ledUnits();
        return led.isEmpty() ? 0 : instances.countForUnits(led);
    }

    /**
     * Number of checklists not yet submitted among the given units, limited to the units the user may see
     * (for the dashboard: "you have n checklists to answer").
     */
    @PreAuthorize(READ)
    public long unansweredFor(Collection<Long> unitIds) {
        Set<Long> visible = new LinkedHashSet<>(unitIds);
        if (!seesAll()) {
            visible.retainAll(ledUnits());
        }
        return visible.isEmpty() ? 0 : instances.countOpenForUnits(visible);
    }

    @PreAuthorize(READ)
    public InstanceDetail instance(Long instanceId) {
        ChecklistInstance i = readable(instanceId);
        TemplateVersion v = i.getRound().getTemplateVersion();
        Map<Long, ChecklistAnswer> byQuestion = answers.findByInstance(instanceId).stream()
                .collect(Collectors.toMap(a -> a.getQuestion().getId(), Function.identity()));
        List<AreaAnswers> areaAnswers = new ArrayList<>();
        List<ChecklistQuestion> all = questions.findByVersion(v.getId());
        for (ChecklistArea area : areas.findByTemplateVersionIdOrderByAreaNo(v.getId())) {
            List<QuestionAnswer> qs = all.stream().filter(q -> q.getArea().getId().equals(area.getId())).map(q -> {
                ChecklistAnswer a = byQuestion.get(q.getId());
                return new QuestionAnswer(q.getId(), q.getItemNo(), q.getText(), q.getHelpText(),
                        a == null ? null : a.getAnswer(), a == null ? null : a.getComment(),
                        a == null ? null : a.getId());
            }).toList();
            areaAnswers.add(new AreaAnswers(area.getAreaNo(), area.getTitle(), area.getHelpText(), qs));
        }
        List<ActionRow> actionRows = actions.findByInstance(instanceId).stream().map(this::actionRow).toList();
        List<HistoryLine> history = events.findHistory(instanceId).stream()
                .map(e -> new HistoryLine(e.getCreatedAt(), e.getCreatedBy(), e.getKind(), e.getFromState(),
                        e.getToState(), e.getComment()))
                .toList();
        boolean mayAnswer = !i.isSubmitted() && mayAnswer(i);
        boolean mayReopen = i.isSubmitted() && currentUser.hasRole(Roles.QUALITY);
        return new InstanceDetail(instanceRow(i), v.getTemplate().getName() + " – v" + v.getVersionNo(), areaAnswers,
                actionRows, history, byQuestion.size(), all.size(), mayAnswer, mayReopen);
    }

    /** Saves one answer as the leader goes (progress is never lost). */
    @Transactional
    @PreAuthorize(ANSWER)
    public void answer(Long instanceId, Long questionId, AnswerValue value, String comment) {
        ChecklistInstance i = forAnswering(instanceId);
        if (value == null) {
            throw new UserFacingException("checklists.error.answerRequired");
        }
        ChecklistQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!q.getTemplateVersion().getId().equals(i.getRound().getTemplateVersion().getId())) {
            throw new UserFacingException("error.notFound");
        }
        String text = cleanText(comment);
        ChecklistAnswer a = answers.findByInstanceIdAndQuestionId(instanceId, questionId)
                .orElseGet(() -> new ChecklistAnswer(i, q));
        a.set(value, text);
        answers.save(a);
    }

    /** Submits and locks the checklist; every question must be answered. */
    @Transactional
    @PreAuthorize(ANSWER)
    public void submit(Long instanceId, long expectedVersion) {
        ChecklistInstance i = forAnswering(instanceId);
        if (i.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ChecklistInstance.class, instanceId);
        }
        long total = questions.countByTemplateVersionId(i.getRound().getTemplateVersion().getId());
        long answered = answers.findByInstance(instanceId).size();
        if (answered < total) {
            throw new UserFacingException("checklists.error.unanswered", total - answered);
        }
        i.submit(clock.instant(), currentUser.requireUsername());
        events.save(new ChecklistEvent(i, null, ChecklistEvent.Kind.SUBMITTED, ChecklistInstance.State.OPEN.name(),
                ChecklistInstance.State.SUBMITTED.name(), null));
        instances.saveAndFlush(i);
    }

    /** Quality reopens a submitted checklist, with a reason kept in the history and sent to the leader. */
    @Transactional
    @PreAuthorize(QUALITY)
    public void reopen(Long instanceId, String reason) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        String why = cleanText(reason);
        if (why == null) {
            throw new UserFacingException("checklists.error.reopenNeedsReason");
        }
        if (!i.isSubmitted()) {
            throw new UserFacingException("checklists.error.notSubmitted");
        }
        i.reopen();
        ChecklistEvent event = events.saveAndFlush(new ChecklistEvent(i, null, ChecklistEvent.Kind.REOPENED,
                ChecklistInstance.State.SUBMITTED.name(), ChecklistInstance.State.OPEN.name(), why));
        UserAccount leader = i.getUnit().nearestActiveLeader();
        if (leader != null) {
            notifier.send(new Notice(leader.getUsername(), "CHECKLIST_REOPENED",
                    "checklist-" + i.getId() + "-reopened-" + event.getId(), "checklists.notice.reopened",
                    List.of(i.getRound().getName(), i.getUnit().getName(), why),
                    "internkontroll/sjekkliste/" + i.getId()));
        }
    }

    // ---- actions -------------------------------------------------------------------------------------

    /** An action (tiltak) for a Nei or Delvis answer, with owner and deadline; the owner is told. */
    @Transactional
    @PreAuthorize(ANSWER)
    public Long addAction(Long instanceId, Long questionId, String title, Long ownerId, LocalDate deadline) {
        ChecklistInstance i = forAnswering(instanceId);
        ChecklistAnswer a = answers.findByInstanceIdAndQuestionId(instanceId, questionId)
                .orElseThrow(() -> new UserFacingException("checklists.error.actionNeedsNoOrPartly"));
        if (!a.getAnswer().allowsAction()) {
            throw new UserFacingException("checklists.error.actionNeedsNoOrPartly");
        }
        String t = requiredText(title, TextLimits.TITLE, "checklists.error.actionTitleRequired");
        UserAccount owner = ownerId == null ? null : em.find(UserAccount.class, ownerId);
        if (owner == null) {
            throw new UserFacingException("checklists.error.ownerRequired");
        }
        if (deadline == null) {
            throw new UserFacingException("checklists.error.deadlineRequired");
        }
        if (deadline.isBefore(today())) {
            throw new UserFacingException("checklists.error.deadlinePast");
        }
        ChecklistAction action = actions.save(new ChecklistAction(a, t, owner, deadline));
        events.save(new ChecklistEvent(i, action, ChecklistEvent.Kind.ACTION_CREATED, null,
                ChecklistAction.State.OPEN.name(), a.getQuestion().getItemNo() + " " + t));
        notifier.send(new Notice(owner.getUsername(), "CHECKLIST_ACTION_ASSIGNED", "checklist-action-" + action.getId(),
                "checklists.notice.actionAssigned", List.of(t, i.getUnit().getName(), Formats.date(deadline)),
                "internkontroll/sjekkliste/" + i.getId()));
        return action.getId();
    }

    /** Status update of an action by its owner, the unit's leader or quality; every change is a history row. */
    @Transactional
    @PreAuthorize(READ)
    public void updateAction(Long actionId, ChecklistAction.State state, String statusText) {
        ChecklistAction action = actions.findById(actionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayUpdate(action)) {
            throw new AccessDeniedException("Action " + actionId + " is not the user's");
        }
        if (state == null) {
            throw new UserFacingException("checklists.error.stateRequired");
        }
        String text = cleanText(statusText);
        if (state.isClosed() && text == null) {
            throw new UserFacingException("checklists.error.closeNeedsText");
        }
        String from = action.getState().name();
        action.changeStatus(state, text, clock.instant());
        events.save(new ChecklistEvent(action.getInstance(), action, ChecklistEvent.Kind.ACTION_UPDATED, from,
                state.name(), text));
    }

    // ---- overview ------------------------------------------------------------------------------------

    /**
     * Status of a round per unit, service area, category (area) and overall, with the change from the
     * previous round of the same template. Politicians see it only once management has published it.
     */
    @PreAuthorize(OVERVIEW)
    public Overview overview(Long roundId) {
        ChecklistRound round = visibleRound(roundId);
        List<UnitStatus> units = unitStatuses(round);
        Optional<ChecklistRound> previous = rounds.findPrevious(round.getTemplateVersion().getTemplate().getId(),
                round.getOpenedAt(), round.getId(), PageRequest.of(0, 1)).stream().findFirst();
        Map<String, Tally> prevAreas = Map.of();
        Map<String, Tally> prevCategories = Map.of();
        Tally prevOverall = null;
        if (previous.isPresent()) {
            List<UnitStatus> prevUnits = unitStatuses(previous.get());
            prevAreas = byServiceArea(prevUnits);
            prevCategories = byCategory(previous.get());
            prevOverall = prevUnits.stream().map(UnitStatus::tally).reduce(Tally.EMPTY, Tally::plus);
        }
        Map<String, Tally> serviceAreas = byServiceArea(units);
        final Map<String, Tally> pa = prevAreas;
        final Map<String, Tally> pc = prevCategories;
        boolean hasPrevious = previous.isPresent();
        List<GroupStatus> areaRows = serviceAreas.entrySet().stream()
                .map(e -> new GroupStatus(e.getKey(), e.getValue(), hasPrevious ? pa.get(e.getKey()) : null)).toList();
        List<GroupStatus> categoryRows = byCategory(round).entrySet().stream()
                .map(e -> new GroupStatus(e.getKey(), e.getValue(), hasPrevious ? pc.get(e.getKey()) : null)).toList();
        Tally overall = units.stream().map(UnitStatus::tally).reduce(Tally.EMPTY, Tally::plus);
        return new Overview(round.getId(), round.getName(), round.getTemplateVersion().getTemplate().getName(),
                round.getDeadline(), round.isPublished(), previous.map(ChecklistRound::getName).orElse(null), units,
                areaRows, categoryRows, new GroupStatus("Overordnet status", overall, prevOverall), heatMap(round));
    }

    /** Completion per unit in a round (answered questions, submitted, overdue), for dashboards and reports. */
    @PreAuthorize(OVERVIEW)
    public List<UnitCompletion> completion(Long roundId) {
        ChecklistRound round = visibleRound(roundId);
        return unitStatuses(round).stream().map(u -> new UnitCompletion(u.unitId(), u.unitName(), u.serviceAreaId(),
                u.serviceAreaName(), u.instanceId(), u.tally().answered(), u.tally().expected(),
                u.state() == ChecklistInstance.State.SUBMITTED, u.overdue())).toList();
    }

    /** Completion per service area in a round, for dashboards and reports. */
    @PreAuthorize(OVERVIEW)
    public List<ServiceAreaCompletion> serviceAreaCompletion(Long roundId) {
        Map<Long, ServiceAreaCompletion> result = new LinkedHashMap<>();
        for (UnitCompletion u : completion(roundId)) {
            result.merge(u.serviceAreaId(), new ServiceAreaCompletion(u.serviceAreaId(), u.serviceAreaName(), 1,
                    u.submitted() ? 1 : 0, u.answered(), u.total(), u.overdue() ? 1 : 0),
                    (a, b) -> new ServiceAreaCompletion(a.serviceAreaId(), a.serviceAreaName(),
                            a.checklists() + b.checklists(), a.submitted() + b.submitted(), a.answered() + b.answered(),
                            a.total() + b.total(), a.overdue() + b.overdue()));
        }
        return List.copyOf(result.values());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private List<UnitStatus> unitStatuses(ChecklistRound round) {
        List<ChecklistInstance> list = instances.findByRound(round.getId());
        List<AnswerCount> counts = answers.countsForRound(round.getId());
        int total = (int) questions.countByTemplateVersionId(round.getTemplateVersion().getId());
        Map<Long, UnitNode> tree = organisation.unitTree().stream()
                .collect(Collectors.toMap(UnitNode::id, Function.identity()));
        Map<Long, EnumMap<AnswerValue, Integer>> perInstance = new HashMap<>();
        for (AnswerCount c : counts) {
            perInstance.computeIfAbsent(c.instanceId(), k -> new EnumMap<>(AnswerValue.class))
                    .merge(c.answer(), (int) c.count(), Integer::sum);
        }
        LocalDate today = today();
        List<UnitStatus> result = new ArrayList<>();
        for (ChecklistInstance i : list) {
            EnumMap<AnswerValue, Integer> m = perInstance.getOrDefault(i.getId(), new EnumMap<>(AnswerValue.class));
            Tally t = tally(m, 1, i.isSubmitted() ? 1 : 0, total);
            UnitNode area = serviceAreaOf(i.getUnit().getId(), tree);
            result.add(new UnitStatus(i.getUnit().getId(), i.getUnit().getDisplayName(),
                    area == null ? null : area.id(), area == null ? "" : area.name(), i.getId(), i.getState(),
                    overdue(i, today), t));
        }
        result.sort(java.util.Comparator.comparing(UnitStatus::serviceAreaName, Formats.norwegianOrder())
                .thenComparing(UnitStatus::unitName, Formats.norwegianOrder()));
        return result;
    }

    private static Tally tally(Map<AnswerValue, Integer> m, int checklists, int submitted, int expected) {
        int yes = m.getOrDefault(AnswerValue.YES, 0);
        int partly = m.getOrDefault(AnswerValue.PARTLY, 0);
        int no = m.getOrDefault(AnswerValue.NO, 0);
        int na = m.getOrDefault(AnswerValue.NOT_APPLICABLE, 0);
        return new Tally(checklists, submitted, expected, yes + partly + no + na, yes, partly, no, na);
    }

    private static Map<String, Tally> byServiceArea(List<UnitStatus> units) {
        Map<String, Tally> result = new LinkedHashMap<>();
        for (UnitStatus u : units) {
            result.merge(u.serviceAreaName(), u.tally(), Tally::plus);
        }
        return result;
    }

    /** Per category (area, "Status sjekklistekategorier"), keyed by the area title. */
    private Map<String, Tally> byCategory(ChecklistRound round) {
        return categoryTallies(round, null).getOrDefault("", Map.of());
    }

    /** Heat map: service area x category, each cell the tally of that area's answers in that category. */
    private List<HeatCell> heatMap(ChecklistRound round) {
        List<HeatCell> cells = new ArrayList<>();
        Map<Long, UnitNode> tree = organisation.unitTree().stream()
                .collect(Collectors.toMap(UnitNode::id, Function.identity()));
        categoryTallies(round, tree).forEach((serviceArea, perCategory) -> perCategory
                .forEach((category, tally) -> cells.add(new HeatCell(serviceArea, category, tally))));
        return cells;
    }

    /**
     * Tallies per (service area or "" for all) and category. Expected answers per category = checklists x
     * questions in that category.
     */
    private Map<String, Map<String, Tally>> categoryTallies(ChecklistRound round, Map<Long, UnitNode> tree) {
        Long versionId = round.getTemplateVersion().getId();
        List<ChecklistArea> areaList = areas.findByTemplateVersionIdOrderByAreaNo(versionId);
        Map<Integer, Long> questionsPerArea = questions.findByVersion(versionId).stream()
                .collect(Collectors.groupingBy(q -> q.getArea().getAreaNo(), Collectors.counting()));
        List<ChecklistInstance> list = instances.findByRound(round.getId());
        Map<Long, String> groupOf = new HashMap<>();
        for (ChecklistInstance i : list) {
            UnitNode sa = tree == null ? null : serviceAreaOf(i.getUnit().getId(), tree);
            groupOf.put(i.getId(), tree == null ? "" : sa == null ? "" : sa.name());
        }
        Map<String, Map<Integer, EnumMap<AnswerValue, Integer>>> counts = new HashMap<>();
        for (AnswerCount c : answers.countsForRound(round.getId())) {
            counts.computeIfAbsent(groupOf.get(c.instanceId()), k -> new HashMap<>())
                    .computeIfAbsent(c.areaNo(), k -> new EnumMap<>(AnswerValue.class))
                    .merge(c.answer(), (int) c.count(), Integer::sum);
        }
        Map<String, Long> checklistsPerGroup = groupOf.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> submittedPerGroup = list.stream().filter(ChecklistInstance::isSubmitted)
                .collect(Collectors.groupingBy(i -> groupOf.get(i.getId()), Collectors.counting()));
        Map<String, Map<String, Tally>> result = new java.util.TreeMap<>(Formats.norwegianOrder());
        for (Map.Entry<String, Long> group : checklistsPerGroup.entrySet()) {
            Map<String, Tally> perCategory = new LinkedHashMap<>();
            for (ChecklistArea area : areaList) {
                int n = group.getValue().intValue();
                int expected = n * questionsPerArea.getOrDefault(area.getAreaNo(), 0L).intValue();
                Map<AnswerValue, Integer> m = counts.getOrDefault(group.getKey(), Map.of())
                        .getOrDefault(area.getAreaNo(), new EnumMap<>(AnswerValue.class));
                perCategory.put(area.getTitle(), tally(m, n, submittedPerGroup.getOrDefault(group.getKey(), 0L)
                        .intValue(), expected));
            }
            result.put(group.getKey(), perCategory);
        }
        return result;
    }

    private static UnitNode serviceAreaOf(Long unitId, Map<Long, UnitNode> tree) {
        UnitNode node = tree.get(unitId);
        int guard = 0;
        while (node != null && node.type() != OrgUnitType.SERVICE_AREA && node.parentId() != null && guard++ < 50) {
            node = tree.get(node.parentId());
        }
        return node != null && node.type() == OrgUnitType.SERVICE_AREA ? node : tree.get(unitId);
    }

    ChecklistRound visibleRound(Long roundId) {
        ChecklistRound round = rounds.findById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!seesAll() && !(currentUser.hasRole(Roles.POLITICIAN) && round.isPublished())) {
            throw new AccessDeniedException("Round " + roundId + " is not published");
        }
        return round;
    }

    private ChecklistInstance readable(Long instanceId) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean allowed = seesAll()
                || (currentUser.hasRole(Roles.LEADER) && ledUnits().contains(i.getUnit().getId()))
                || (currentUser.hasRole(Roles.POLITICIAN) && i.getRound().isPublished());
        if (!allowed) {
            throw new AccessDeniedException("Checklist " + instanceId + " is not visible to the user");
        }
        return i;
    }

    private boolean mayAnswer(ChecklistInstance i) {
        return currentUser.hasRole(Roles.LEADER) && ledUnits().contains(i.getUnit().getId());
    }

    private ChecklistInstance forAnswering(Long instanceId) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayAnswer(i)) {
            throw new AccessDeniedException("Checklist " + instanceId + " is not the user's");
        }
        if (i.isSubmitted()) {
            throw new UserFacingException("checklists.error.locked");
        }
        return i;
    }

    private boolean mayUpdate(ChecklistAction action) {
        if (currentUser.hasRole(Roles.QUALITY)) {
            return true;
        }
        String me = currentUser.username().orElse("");
        return action.getOwner().getUsername().equalsIgnoreCase(me)
                || (currentUser.hasRole(Roles.LEADER) && ledUnits().contains(action.getInstance().getUnit().getId()));
    }

    private boolean seesAll() {
        return currentUser.seesAllUnits();
    }

    private Set<Long> ledUnits() {
        return currentUser.hasRole(Roles.LEADER) ? currentUser.ledUnitIds() : Set.of();
    }

    private TemplateVersion draft(Long versionId) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (v.isPublished()) {
            throw new UserFacingException("checklists.error.versionPublished");
        }
        return v;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static boolean overdue(ChecklistInstance i, LocalDate today) {
        return !i.isSubmitted() && i.getRound().getDeadline().isBefore(today);
    }

    private TemplateContent content(TemplateVersion v) {
        List<ChecklistQuestion> all = questions.findByVersion(v.getId());
        List<AreaContent> list = areas.findByTemplateVersionIdOrderByAreaNo(v.getId()).stream()
                .map(a -> new AreaContent(a.getId(), a.getAreaNo(), a.getTitle(), a.getHelpText(),
                        all.stream().filter(q -> q.getArea().getId().equals(a.getId()))
                                .map(q -> new QuestionContent(q.getId(), q.getItemNo(), q.getText(), q.getHelpText()))
                                .toList()))
                .toList();
        return new TemplateContent(versionRow(v), list);
    }

    private TemplateVersionRow versionRow(TemplateVersion v) {
        return new TemplateVersionRow(v.getId(), v.getTemplate().getId(), v.getTemplate().getName(), v.getVersionNo(),
                v.getLabel(), v.getState(), questions.countByTemplateVersionId(v.getId()));
    }

    private static RoundRow roundRow(ChecklistRound r) {
        return new RoundRow(r.getId(), r.getName(), r.getTemplateVersion().getTemplate().getName(),
                r.getTemplateVersion().getVersionNo(), r.getDeadline(), r.getOpenedAt(), r.isPublished());
    }

    private InstanceRow instanceRow(ChecklistInstance i) {
        ChecklistRound r = i.getRound();
        return new InstanceRow(i.getId(), i.getVersion(), r.getId(), r.getName(), i.getUnit().getId(),
                i.getUnit().getDisplayName(), r.getDeadline(), i.getState(), i.getSubmittedAt(), overdue(i, today()));
    }

    private ActionRow actionRow(ChecklistAction a) {
        return new ActionRow(a.getId(), a.getAnswer().getId(), a.getAnswer().getQuestion().getItemNo(), a.getTitle(),
                a.getOwner().getFullName(), a.getDeadline(), a.getState(), a.getStatusText(),
                !a.getState().isClosed() && a.getDeadline().isBefore(today()), mayUpdate(a));
    }

    static String cleanText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TextLimits.LONG_TEXT) {
            throw new UserFacingException("validation.tooLong", TextLimits.LONG_TEXT);
        }
        if (SafeText.containsMarkup(text)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return text.strip();
    }

    static String requiredText(String text, int max, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException(requiredKey);
        }
        String t = text.strip();
        if (t.length() > max) {
            throw new UserFacingException("validation.tooLong", max);
        }
        if (SafeText.containsMarkup(t)) {
            throw new UserFacingException("validation.noMarkup");
        }
        return t;
    }
}
