package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.checklists.ChecklistViews.ServiceAreaCompletion;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitCompletion;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.UnitNode;
import org.junit.jupiter.api.Test;

/** The overview's arithmetic without a database: plain inputs, figures worked out by hand. */
class OverviewArithmeticTest {

    @Test
    void tally_counts_every_answer_value_and_leaves_not_applicable_out_of_the_result_shares() {
        EnumMap<AnswerValue, Integer> m = new EnumMap<>(AnswerValue.class);
        m.put(AnswerValue.YES, 6);
        m.put(AnswerValue.PARTLY, 1);
        m.put(AnswerValue.NO, 1);
        m.put(AnswerValue.NOT_APPLICABLE, 2);

        Tally t = OverviewArithmetic.tally(m, 2, 1, 12);

        assertThat(t).isEqualTo(new Tally(2, 1, 12, 10, 6, 1, 1, 2));
        assertThat(t.answeredPct()).isEqualTo(83.3);
        assertThat(t.yesPct()).isEqualTo(75.0);
        assertThat(t.noPct()).isEqualTo(12.5);
        assertThat(t.submittedPct()).isEqualTo(50.0);
    }

    @Test
    void per_instance_sums_the_counts_of_all_areas_of_one_checklist() {
        List<AnswerCount> counts = List.of(new AnswerCount(1L, 1, AnswerValue.YES, 2),
                new AnswerCount(1L, 2, AnswerValue.YES, 3), new AnswerCount(2L, 1, AnswerValue.NO, 1));

        var result = OverviewArithmetic.perInstance(counts);

        assertThat(result.get(1L)).containsExactly(Map.entry(AnswerValue.YES, 5));
        assertThat(result.get(2L)).containsExactly(Map.entry(AnswerValue.NO, 1));
    }

    @Test
    void service_area_and_overall_sums_add_the_units_up() {
        UnitStatus a1 = unit("Oppvekst", new Tally(1, 1, 4, 4, 4, 0, 0, 0));
        UnitStatus a2 = unit("Oppvekst", new Tally(1, 0, 4, 2, 1, 0, 1, 0));
        UnitStatus h1 = unit("Helse", new Tally(1, 0, 4, 0, 0, 0, 0, 0));

        Map<String, Tally> byArea = OverviewArithmetic.byServiceArea(List.of(a1, a2, h1));

        assertThat(byArea.keySet()).containsExactly("Oppvekst", "Helse");
        assertThat(byArea.get("Oppvekst")).isEqualTo(new Tally(2, 1, 8, 6, 5, 0, 1, 0));
        assertThat(OverviewArithmetic.overall(List.of(a1, a2, h1))).isEqualTo(new Tally(3, 1, 12, 6, 5, 0, 1, 0));
        assertThat(OverviewArithmetic.overall(List.of())).isEqualTo(Tally.EMPTY);
    }

    @Test
    void category_tallies_expect_checklists_times_questions_per_category_and_group() {
        List<OverviewArithmetic.Category> categories = List.of(new OverviewArithmetic.Category(1, "Personal", 2),
                new OverviewArithmetic.Category(2, "Økonomi", 3));
        Map<Long, String> groups = Map.of(10L, "Oppvekst", 11L, "Oppvekst", 20L, "Helse");
        List<AnswerCount> counts = List.of(new AnswerCount(10L, 1, AnswerValue.YES, 2),
                new AnswerCount(11L, 1, AnswerValue.NO, 1), new AnswerCount(20L, 2, AnswerValue.PARTLY, 3));

        var result = OverviewArithmetic.categoryTallies(categories, groups, Set.of(10L), counts);

        assertThat(result.keySet()).as("Norwegian order of the groups").containsExactly("Helse", "Oppvekst");
        assertThat(result.get("Oppvekst").get("Personal")).isEqualTo(new Tally(2, 1, 4, 3, 2, 0, 1, 0));
        assertThat(result.get("Oppvekst").get("Økonomi")).isEqualTo(new Tally(2, 1, 6, 0, 0, 0, 0, 0));
        assertThat(result.get("Helse").get("Økonomi")).isEqualTo(new Tally(1, 0, 3, 3, 0, 3, 0, 0));
    }

    @Test
    void service_area_of_a_department_walks_up_and_a_unit_outside_any_area_is_its_own_group() {
        UnitNode kommune = new UnitNode(1L, null, OrgUnitType.MUNICIPALITY, "Kommune", null, null);
        UnitNode area = new UnitNode(10L, 1L, OrgUnitType.SERVICE_AREA, "Oppvekst", null, null);
        UnitNode unit = new UnitNode(100L, 10L, OrgUnitType.UNIT, "Skole", null, null);
        UnitNode dept = new UnitNode(1000L, 100L, OrgUnitType.DEPARTMENT, "Trinn 1", null, null);
        UnitNode staff = new UnitNode(101L, 1L, OrgUnitType.UNIT, "Stab", null, null);
        Map<Long, UnitNode> tree = Map.of(1L, kommune, 10L, area, 100L, unit, 1000L, dept, 101L, staff);

        assertThat(OverviewArithmetic.serviceAreaOf(1000L, tree)).isEqualTo(area);
        assertThat(OverviewArithmetic.serviceAreaOf(101L, tree)).isEqualTo(staff);
        assertThat(OverviewArithmetic.serviceAreaOf(999L, tree)).isNull();
    }

    @Test
    void completion_per_service_area_counts_checklists_submitted_and_overdue() {
        List<UnitCompletion> units = List.of(new UnitCompletion(100L, "Skole", 10L, "Oppvekst", 1L, 4, 4, true, false),
                new UnitCompletion(101L, "Barnehage", 10L, "Oppvekst", 2L, 1, 4, false, true),
                new UnitCompletion(200L, "Sykehjem", 20L, "Helse", 3L, 0, 4, false, false));

        List<ServiceAreaCompletion> result = OverviewArithmetic.perServiceArea(units);

        assertThat(result).containsExactly(new ServiceAreaCompletion(10L, "Oppvekst", 2, 1, 5, 8, 1),
                new ServiceAreaCompletion(20L, "Helse", 1, 0, 0, 4, 0));
    }

    private static UnitStatus unit(String area, Tally tally) {
        return new UnitStatus(1L, "u", 1L, area, 1L, ChecklistInstance.State.OPEN, false, tally);
    }
}
