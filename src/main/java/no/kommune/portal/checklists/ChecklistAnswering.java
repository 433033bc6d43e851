package no.kommune.portal.checklists;

import static no.kommune.portal.base.SafeText.optional;
import static no.kommune.portal.base.SafeText.required;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PersonNames;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;
import no.kommune.portal.checklists.ChecklistViews.AreaAnswers;
import no.kommune.portal.checklists.ChecklistViews.HistoryLine;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a unit's checklist (its leader): the leader's list, one checklist with its answers, saving an
 * answer as she goes, submitting (which locks it) and reopening by quality.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistAnswering {

    private final ChecklistAreaRepository areas;
    private final ChecklistQuestionRepository questions;
    private final ChecklistInstanceRepository instances;
    private final ChecklistAnswerRepository answers;
    private final ChecklistActionRepository actions;
    private final ChecklistEventRepository events;
    private final ChecklistAccess access;
    private final ChecklistRows rows;
    private final PersonNames names;
    private final Notifier notifier;
    private final Clock clock;
    private final ListQueries lists;

    public ChecklistAnswering(ChecklistAreaRepository areas, ChecklistQuestionRepository questions,
            ChecklistInstanceRepository instances, ChecklistAnswerRepository answers,
            ChecklistActionRepository actions, ChecklistEventRepository events, ChecklistAccess access,
            ChecklistRows rows, PersonNames names, Notifier notifier, Clock clock, ListQueries lists) {
        this.areas = areas;
        this.questions = questions;
        this.instances = instances;
        this.answers = answers;
        this.actions = actions;
        this.events = events;
        this.access = access;
        this.rows = rows;
        this.names = names;
        this.notifier = notifier;
        this.clock = clock;
        this.lists = lists;
    }

    /** Checklists of the units the signed-in leader leads (including units below them), newest round first. */
    @PreAuthorize(ChecklistRules.READ)
    public List<InstanceRow> myPage(int offset, int limit) {
        Set<Long> led = access.ledUnits();
        if (led.isEmpty()) {
            return List.of();
        }
        return lists.page(ChecklistInstance.class, ofUnits(led), ChecklistAnswering::newestRoundFirst, offset, limit,
                i -> {
                    i.fetch("round");
                    i.fetch("unit");
                }).stream().map(rows::instanceRow).toList();
    }

    @PreAuthorize(ChecklistRules.READ)
    public long myCount() {
        Set<Long> led = access.ledUnits();
        return led.isEmpty() ? 0 : lists.count(ChecklistInstance.class, ofUnits(led));
    }

    /** The leader's scope: checklists of the units she leads (never empty here: the callers return early). */
    private static ListQueries.Where<ChecklistInstance> ofUnits(Set<Long> unitIds) {
        return (i, query, cb) -> i.get("unit").get("id").in(unitIds);
    }

    /** Newest round first, then unit name, then id. */
    private static List<Order> newestRoundFirst(Root<ChecklistInstance> i, CriteriaBuilder cb) {
        return List.of(cb.desc(i.get("round").get("openedAt")), cb.asc(i.get("unit").get("name")),
                cb.asc(i.get("id")));
    }

    /**
     * Number of checklists not yet submitted among the given units, limited to the units the user may see
     * (for the dashboard: "you have n checklists to answer").
     */
    @PreAuthorize(ChecklistRules.READ)
    public long unansweredFor(Collection<Long> unitIds) {
        Set<Long> visible = new LinkedHashSet<>(unitIds);
        if (!access.seesAll()) {
            visible.retainAll(access.ledUnits());
        }
        return visible.isEmpty() ? 0 : instances.countOpenForUnits(visible);
    }

    @PreAuthorize(ChecklistRules.READ)
    public InstanceDetail instance(Long instanceId) {
        ChecklistInstance i = access.readable(instanceId);
        TemplateVersion v = i.getRound().getTemplateVersion();
        Map<Long, ChecklistAnswer> byQuestion = answers.findByInstance(instanceId).stream()
                .collect(Collectors.toMap(a -> a.getQuestion().getId(), Function.identity()));
        List<ChecklistAction> actionList = actions.findByInstance(instanceId);
        Map<Long, Long> actionsPerAnswer = actionList.stream()
                .collect(Collectors.groupingBy(a -> a.getAnswer().getId(), Collectors.counting()));
        List<AreaAnswers> areaAnswers = new ArrayList<>();
        List<ChecklistQuestion> all = questions.findByVersion(v.getId());
        for (ChecklistArea area : areas.findByTemplateVersionIdOrderByAreaNo(v.getId())) {
            List<QuestionAnswer> qs = all.stream().filter(q -> q.getArea().getId().equals(area.getId())).map(q -> {
                ChecklistAnswer a = byQuestion.get(q.getId());
                return new QuestionAnswer(q.getId(), q.getItemNo(), q.getText(), q.getHelpText(),
                        a == null ? null : a.getAnswer(), a == null ? null : a.getComment(),
                        a == null ? null : a.getId(),
                        a == null ? 0 : actionsPerAnswer.getOrDefault(a.getId(), 0L).intValue(),
                        a == null ? null : a.getNoActionReason());
            }).toList();
            areaAnswers.add(new AreaAnswers(area.getAreaNo(), area.getTitle(), area.getHelpText(), qs));
        }
        List<ActionRow> actionRows = actionList.stream().map(rows::actionRow).toList();
        List<ChecklistEvent> eventRows = events.findHistory(instanceId);
        Map<String, String> fullNames = names.fullNames(eventRows.stream().map(ChecklistEvent::getCreatedBy).toList());
        List<HistoryLine> history = eventRows.stream()
                .map(e -> new HistoryLine(e.getCreatedAt(), fullNames.getOrDefault(e.getCreatedBy(), e.getCreatedBy()),
                        e.getKind(), e.getFromState(),
                        e.getToState(), e.getComment()))
                .toList();
        boolean mayAnswer = !i.isSubmitted() && access.mayAnswer(i);
        boolean mayReopen = i.isSubmitted() && access.mayReopen();
        return new InstanceDetail(rows.instanceRow(i), v.getTemplate().getName() + " – v" + v.getVersionNo(),
                areaAnswers, actionRows, history, byQuestion.size(), all.size(), mayAnswer, mayReopen);
    }

    /** Saves one answer as the leader goes (progress is never lost). */
    @Transactional
    @PreAuthorize(ChecklistRules.ANSWER)
    public void answer(Long instanceId, Long questionId, AnswerValue value, String comment) {
        ChecklistInstance i = access.forAnswering(instanceId);
        if (value == null) {
            throw new UserFacingException("checklists.error.answerRequired");
        }
        ChecklistQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!q.getTemplateVersion().getId().equals(i.getRound().getTemplateVersion().getId())) {
            throw new UserFacingException("error.notFound");
        }
        String text = optional(comment, TextLimits.LONG_TEXT, "checklists.comment");
        ChecklistAnswer a = answers.findByInstanceIdAndQuestionId(instanceId, questionId)
                .orElseGet(() -> new ChecklistAnswer(i, q));
        AnswerValue before = a.getAnswer();
        a.set(value, text);
        answers.save(a);
        // the first answer is the checklist being filled in; a changed one (often after quality reopened it) is
        // a change of a tracked field and belongs in the history
        if (before != null && before != value) {
            events.save(new ChecklistEvent(i, null, ChecklistEvent.Kind.ANSWER_CHANGED, before.name(), value.name(),
                    q.getItemNo()));
        }
    }

    /** Submits and locks the checklist; every question must be answered. */
    @Transactional
    @PreAuthorize(ChecklistRules.ANSWER)
    public void submit(Long instanceId, long expectedVersion) {
        ChecklistInstance i = access.forAnswering(instanceId);
        if (i.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ChecklistInstance.class, instanceId);
        }
        long total = questions.countByTemplateVersionId(i.getRound().getTemplateVersion().getId());
        long answered = answers.findByInstance(instanceId).size();
        if (answered < total) {
            throw new UserFacingException("checklists.error.unanswered", total - answered);
        }
        List<String> lacking = itemsLackingAction(instanceId);
        if (!lacking.isEmpty()) {
            throw new UserFacingException("checklists.error.actionMissing", String.join(", ", lacking));
        }
        i.submit(clock.instant(), access.requireUsername());
        events.save(new ChecklistEvent(i, null, ChecklistEvent.Kind.SUBMITTED, ChecklistInstance.State.OPEN.name(),
                ChecklistInstance.State.SUBMITTED.name(), null));
        instances.saveAndFlush(i);
    }

    /**
     * Records why a Nei or Delvis answer needs no action (tiltak), e.g. "the routine is being replaced this
     * year". The alternative to adding an action; either one is required before submitting.
     */
    @Transactional
    @PreAuthorize(ChecklistRules.ANSWER)
    public void explainNoAction(Long instanceId, Long questionId, String reason) {
        ChecklistInstance i = access.forAnswering(instanceId);
        ChecklistAnswer a = answers.findByInstanceIdAndQuestionId(instanceId, questionId)
                .orElseThrow(() -> new UserFacingException("checklists.error.actionNeedsNoOrPartly"));
        if (!a.getAnswer().allowsAction()) {
            throw new UserFacingException("checklists.error.actionNeedsNoOrPartly");
        }
        String why = required(reason, TextLimits.LONG_TEXT, "checklists.noActionReason",
                "checklists.error.noActionReasonRequired");
        a.explainNoAction(why);
        answers.save(a);
        events.save(new ChecklistEvent(i, null, ChecklistEvent.Kind.NO_ACTION_EXPLAINED, null, null,
                a.getQuestion().getItemNo() + " " + why));
    }

    /** Item numbers of Nei/Delvis answers with neither an action nor a reason, in question order. */
    private List<String> itemsLackingAction(Long instanceId) {
        Set<Long> withAction = actions.findByInstance(instanceId).stream().map(a -> a.getAnswer().getId())
                .collect(Collectors.toSet());
        return answers.findByInstance(instanceId).stream()
                .filter(a -> a.getAnswer().allowsAction() && !withAction.contains(a.getId())
                        && a.getNoActionReason() == null)
                .sorted(java.util.Comparator.comparing((ChecklistAnswer a) -> a.getQuestion().getArea().getAreaNo())
                        .thenComparing(a -> a.getQuestion().getSortOrder()))
                .map(a -> a.getQuestion().getItemNo()).toList();
    }

    /** Quality reopens a submitted checklist, with a reason kept in the history and sent to the leader. */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public void reopen(Long instanceId, String reason) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        String why = required(reason, TextLimits.LONG_TEXT, "checklists.reopenReason",
                "checklists.error.reopenNeedsReason");
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
                    ChecklistLinks.checklist(i.getId())));
        }
    }
}
