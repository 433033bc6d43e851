package no.kommune.portal.checklists;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.checklists.ChecklistViews.ServiceAreaCompletion;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitCompletion;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.UnitNode;

/**
 * The arithmetic behind the checklist overview, free of the database: tallies per unit, service area,
 * category and heat-map cell, and completion per service area. Pure functions, tested with plain unit tests.
 */
final class OverviewArithmetic {

    /** A category (area of the template) and how many questions it has. */
    record Category(int areaNo, String title, int questions) {
    }

    private OverviewArithmetic() {
    }

    /** Counts per answer value -> tally. */
    static Tally tally(Map<AnswerValue, Integer> m, int checklists, int submitted, int expected) {
        int yes = m.getOrDefault(AnswerValue.YES, 0);
        int partly = m.getOrDefault(AnswerValue.PARTLY, 0);
        int no = m.getOrDefault(AnswerValue.NO, 0);
        int na = m.getOrDefault(AnswerValue.NOT_APPLICABLE, 0);
        return new Tally(checklists, submitted, expected, yes + partly + no + na, yes, partly, no, na);
    }

    /** Answer counts of each checklist (instance id -> value -> count), summed over the areas. */
    static Map<Long, EnumMap<AnswerValue, Integer>> perInstance(Collection<AnswerCount> counts) {
        Map<Long, EnumMap<AnswerValue, Integer>> result = new HashMap<>();
        for (AnswerCount c : counts) {
            result.computeIfAbsent(c.instanceId(), k -> new EnumMap<>(AnswerValue.class))
                    .merge(c.answer(), (int) c.count(), Integer::sum);
        }
        return result;
    }

    /** Sum of the units' tallies per service area, in the units' order. */
    static Map<String, Tally> byServiceArea(List<UnitStatus> units) {
        Map<String, Tally> result = new LinkedHashMap<>();
        for (UnitStatus u : units) {
            result.merge(u.serviceAreaName(), u.tally(), Tally::plus);
        }
        return result;
    }

    static Tally overall(List<UnitStatus> units) {
        return units.stream().map(UnitStatus::tally).reduce(Tally.EMPTY, Tally::plus);
    }

    /**
     * Tallies per group (a service area, or "" for the whole municipality) and category. Expected answers per
     * category = checklists in the group x questions in that category.
     *
     * @param groupOfInstance the group each checklist (instance id) belongs to
     * @param submitted the ids of the submitted checklists
     */
    static Map<String, Map<String, Tally>> categoryTallies(List<Category> categories,
            Map<Long, String> groupOfInstance, Set<Long> submitted, Collection<AnswerCount> counts) {
        Map<String, Map<Integer, EnumMap<AnswerValue, Integer>>> perGroupAndArea = new HashMap<>();
        for (AnswerCount c : counts) {
            String group = groupOfInstance.get(c.instanceId());
            if (group == null) {
                continue;
            }
            perGroupAndArea.computeIfAbsent(group, k -> new HashMap<>())
                    .computeIfAbsent(c.areaNo(), k -> new EnumMap<>(AnswerValue.class))
                    .merge(c.answer(), (int) c.count(), Integer::sum);
        }
        Map<String, Long> checklistsPerGroup = groupOfInstance.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> submittedPerGroup = groupOfInstance.entrySet().stream()
                .filter(e -> submitted.contains(e.getKey()))
                .collect(Collectors.groupingBy(Map.Entry::getValue, Collectors.counting()));
        Map<String, Map<String, Tally>> result = new TreeMap<>(Formats.norwegianOrder());
        for (Map.Entry<String, Long> group : checklistsPerGroup.entrySet()) {
            int n = group.getValue().intValue();
            int submittedInGroup = submittedPerGroup.getOrDefault(group.getKey(), 0L).intValue();
            Map<String, Tally> perCategory = new LinkedHashMap<>();
            for (Category category : categories) {
                Map<AnswerValue, Integer> m = perGroupAndArea.getOrDefault(group.getKey(), Map.of())
                        .getOrDefault(category.areaNo(), new EnumMap<>(AnswerValue.class));
                perCategory.put(category.title(), tally(m, n, submittedInGroup, n * category.questions()));
            }
            result.put(group.getKey(), perCategory);
        }
        return result;
    }

    /** The service area a unit belongs to (the unit itself when it sits outside any service area). */
    static UnitNode serviceAreaOf(Long unitId, Map<Long, UnitNode> tree) {
        UnitNode node = tree.get(unitId);
        int guard = 0;
        while (node != null && node.type() != OrgUnitType.SERVICE_AREA && node.parentId() != null && guard++ < 50) {
            node = tree.get(node.parentId());
        }
        return node != null && node.type() == OrgUnitType.SERVICE_AREA ? node : tree.get(unitId);
    }

    /** Completion per service area, summed from the units' completion, in the units' order. */
    static List<ServiceAreaCompletion> perServiceArea(List<UnitCompletion> units) {
        Map<Long, ServiceAreaCompletion> result = new LinkedHashMap<>();
        for (UnitCompletion u : units) {
            result.merge(u.serviceAreaId(), new ServiceAreaCompletion(u.serviceAreaId(), u.serviceAreaName(), 1,
                    u.submitted() ? 1 : 0, u.answered(), u.total(), u.overdue() ? 1 : 0),
                    (a, b) -> new ServiceAreaCompletion(a.serviceAreaId(), a.serviceAreaName(),
                            a.checklists() + b.checklists(), a.submitted() + b.submitted(), a.answered() + b.answered(),
                            a.total() + b.total(), a.overdue() + b.overdue()));
        }
        return List.copyOf(result.values());
    }
}
