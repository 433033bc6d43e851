package no.kommune.portal.checklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.checklists.ChecklistViews.GroupStatus;
import no.kommune.portal.checklists.ChecklistViews.HeatCell;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.ServiceAreaCompletion;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitCompletion;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UnitNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status overview of a round (quality, management; politicians once management has published it):
 * per unit, service area, category and overall, with the change since the previous round. This class reads
 * the data; the arithmetic is {@link OverviewArithmetic}.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistOverviews {

    private final ChecklistAreaRepository areas;
    private final ChecklistQuestionRepository questions;
    private final ChecklistInstanceRepository instances;
    private final ChecklistAnswerRepository answers;
    private final OrganisationService organisation;
    private final ChecklistAccess access;
    private final ListQueries lists;

    public ChecklistOverviews(ChecklistAreaRepository areas, ChecklistQuestionRepository questions,
            ChecklistInstanceRepository instances, ChecklistAnswerRepository answers,
            OrganisationService organisation, ChecklistAccess access, ListQueries lists) {
        this.areas = areas;
        this.questions = questions;
        this.instances = instances;
        this.answers = answers;
        this.organisation = organisation;
        this.access = access;
        this.lists = lists;
    }

    /**
     * Status of a round per unit, service area, category (area) and overall, with the change from the
     * previous round of the same template. Politicians see it only once management has published it.
     */
    @PreAuthorize(ChecklistRules.OVERVIEW)
    public Overview overview(Long roundId) {
        ChecklistRound round = access.visibleRound(roundId);
        Map<Long, UnitNode> tree = tree();
        List<UnitStatus> units = unitStatuses(round, tree);
        Optional<ChecklistRound> previous = previous(round);
        Map<String, Tally> prevAreas = Map.of();
        Map<String, Tally> prevCategories = Map.of();
        Tally prevOverall = null;
        if (previous.isPresent()) {
            List<UnitStatus> prevUnits = unitStatuses(previous.get(), tree);
            prevAreas = OverviewArithmetic.byServiceArea(prevUnits);
            prevCategories = categoryTallies(previous.get(), null).getOrDefault("", Map.of());
            prevOverall = OverviewArithmetic.overall(prevUnits);
        }
        final Map<String, Tally> pa = prevAreas;
        final Map<String, Tally> pc = prevCategories;
        boolean hasPrevious = previous.isPresent();
        List<GroupStatus> areaRows = OverviewArithmetic.byServiceArea(units).entrySet().stream()
                .map(e -> new GroupStatus(e.getKey(), e.getValue(), hasPrevious ? pa.get(e.getKey()) : null)).toList();
        List<GroupStatus> categoryRows = categoryTallies(round, null).getOrDefault("", Map.of()).entrySet().stream()
                .map(e -> new GroupStatus(e.getKey(), e.getValue(), hasPrevious ? pc.get(e.getKey()) : null)).toList();
        Tally overall = OverviewArithmetic.overall(units);
        return new Overview(round.getId(), round.getName(), round.getTemplateVersion().getTemplate().getName(),
                round.getDeadline(), round.isPublished(), previous.map(ChecklistRound::getName).orElse(null), units,
                areaRows, categoryRows, new GroupStatus("Overordnet status", overall, prevOverall),
                heatMap(round, tree));
    }

    /** The round of the same template opened just before this one (for "change from last round"), if any. */
    private Optional<ChecklistRound> previous(ChecklistRound round) {
        Long templateId = round.getTemplateVersion().getTemplate().getId();
        ListQueries.Where<ChecklistRound> earlier = (r, query, cb) -> cb.and(
                cb.equal(r.get("templateVersion").get("template").get("id"), templateId),
                cb.or(cb.lessThan(r.get("openedAt"), round.getOpenedAt()),
                        cb.and(cb.equal(r.get("openedAt"), round.getOpenedAt()), cb.lessThan(r.get("id"), round.getId()))));
        return lists.page(ChecklistRound.class, earlier, ChecklistRounds::newestFirst, 0, 1).stream().findFirst();
    }

    /** Completion per unit in a round (answered questions, submitted, overdue), for dashboards and reports. */
    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<UnitCompletion> completion(Long roundId) {
        ChecklistRound round = access.visibleRound(roundId);
        return unitStatuses(round, tree()).stream().map(u -> new UnitCompletion(u.unitId(), u.unitName(),
                u.serviceAreaId(), u.serviceAreaName(), u.instanceId(), u.tally().answered(), u.tally().expected(),
                u.state() == ChecklistInstance.State.SUBMITTED, u.overdue())).toList();
    }

    /** Completion per service area in a round, for dashboards and reports. */
    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<ServiceAreaCompletion> serviceAreaCompletion(Long roundId) {
        return OverviewArithmetic.perServiceArea(completion(roundId));
    }

    private Map<Long, UnitNode> tree() {
        return organisation.unitTree().stream().collect(Collectors.toMap(UnitNode::id, Function.identity()));
    }

    private List<UnitStatus> unitStatuses(ChecklistRound round, Map<Long, UnitNode> tree) {
        int total = (int) questions.countByTemplateVersionId(round.getTemplateVersion().getId());
        Map<Long, EnumMap<AnswerValue, Integer>> perInstance =
                OverviewArithmetic.perInstance(answers.countsForRound(round.getId()));
        LocalDate today = access.today();
        List<UnitStatus> result = new ArrayList<>();
        for (ChecklistInstance i : instances.findByRound(round.getId())) {
            EnumMap<AnswerValue, Integer> m = perInstance.getOrDefault(i.getId(), new EnumMap<>(AnswerValue.class));
            Tally t = OverviewArithmetic.tally(m, 1, i.isSubmitted() ? 1 : 0, total);
            UnitNode area = OverviewArithmetic.serviceAreaOf(i.getUnit().getId(), tree);
            result.add(new UnitStatus(i.getUnit().getId(), i.getUnit().getDisplayName(),
                    area == null ? null : area.id(), area == null ? "" : area.name(), i.getId(), i.getState(),
                    ChecklistAccess.overdue(i, today), t));
        }
        result.sort(Comparator.comparing(UnitStatus::serviceAreaName, Formats.norwegianOrder())
                .thenComparing(UnitStatus::unitName, Formats.norwegianOrder()));
        return result;
    }

    /** Heat map: service area x category, each cell the tally of that area's answers in that category. */
    private List<HeatCell> heatMap(ChecklistRound round, Map<Long, UnitNode> tree) {
        List<HeatCell> cells = new ArrayList<>();
        categoryTallies(round, tree).forEach((serviceArea, perCategory) -> perCategory
                .forEach((category, tally) -> cells.add(new HeatCell(serviceArea, category, tally))));
        return cells;
    }

    /** Tallies per (service area, or "" for all when {@code tree} is null) and category. */
    private Map<String, Map<String, Tally>> categoryTallies(ChecklistRound round, Map<Long, UnitNode> tree) {
        Long versionId = round.getTemplateVersion().getId();
        Map<Integer, Long> questionsPerArea = questions.findByVersion(versionId).stream()
                .collect(Collectors.groupingBy(q -> q.getArea().getAreaNo(), Collectors.counting()));
        List<OverviewArithmetic.Category> categories = areas.findByTemplateVersionIdOrderByAreaNo(versionId).stream()
                .map(a -> new OverviewArithmetic.Category(a.getAreaNo(), a.getTitle(),
                        questionsPerArea.getOrDefault(a.getAreaNo(), 0L).intValue()))
                .toList();
        Map<Long, String> groupOf = new HashMap<>();
        Set<Long> submitted = new java.util.HashSet<>();
        for (ChecklistInstance i : instances.findByRound(round.getId())) {
            UnitNode sa = tree == null ? null : OverviewArithmetic.serviceAreaOf(i.getUnit().getId(), tree);
            groupOf.put(i.getId(), sa == null ? "" : sa.name());
            if (i.isSubmitted()) {
                submitted.add(i.getId());
            }
        }
        return OverviewArithmetic.categoryTallies(categories, groupOf, submitted, answers.countsForRound(round.getId()));
    }
}
