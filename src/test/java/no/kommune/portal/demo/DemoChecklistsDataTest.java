package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Røros demo holds every Røros row of checklist.csv and two rounds of the Røros template; Elverum's control
 * points are in the Elverum demo ({@link DemoElverumDataTest}).
 */
@ActiveProfiles({"test", "demotest"})
class DemoChecklistsDataTest extends ServiceTest {

    @Autowired ChecklistService service;

    @Test
    void the_roros_demo_holds_every_roros_row_of_checklist_csv() throws Exception {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        Map<String, TemplateContent> byKey = service.templateVersions().stream()
                .collect(Collectors.toMap(v -> v.templateName() + "|" + v.label(),
                        v -> service.templateContent(v.versionId())));
        assertThat(byKey.keySet()).containsExactlyInAnyOrder("Sjekkliste for internkontroll (Røros)|2021",
                "Sjekkliste for internkontroll (Røros)|2025");
        TemplateContent roros2021 = byKey.get("Sjekkliste for internkontroll (Røros)|2021");
        TemplateContent roros2025 = byKey.get("Sjekkliste for internkontroll (Røros)|2025");
        assertThat(roros2021.version().versionNo()).isEqualTo(1);
        assertThat(roros2025.version().versionNo()).isEqualTo(2);
        assertThat(roros2025.areas()).extracting(ChecklistViews.AreaContent::title).containsExactly(
                "Gjennomførte ROS-analyser", "HMS og arbeidsmiljø", "Ledelsens årlige gjennomgang",
                "Lovkrav og rutiner", "Opplæring", "Tilsyn og avvikhåndtering");

        int rows = 0;
        for (TabularFile.Row row : DemoFiles.rows("checklist.csv", DemoMunicipality.ROROS)) {
            rows++;
            TemplateContent t = row.get("year").equals("2021") ? roros2021 : roros2025;
            assertThat(t.areas()).as("row at line %d", row.line()).anySatisfy(area -> {
                assertThat(area.questions()).anySatisfy(q -> {
                    assertThat(q.text()).isEqualTo(row.get("item_text"));
                    assertThat(q.itemNo()).isEqualTo(row.get("item_no"));
                    assertThat(area.title()).isEqualTo(row.get("area"));
                    assertThat(area.helpText()).isEqualTo(row.get("area_description_verbatim"));
                });
            });
        }
        assertThat(rows).isEqualTo(40);
        int questions = roros2021.areas().stream().mapToInt(a -> a.questions().size()).sum()
                + roros2025.areas().stream().mapToInt(a -> a.questions().size()).sum();
        assertThat(questions).isEqualTo(40);
    }

    @Test
    void the_demo_has_a_published_previous_round_and_an_open_current_round() {
        TestSecurity.runAs("politiker", Roles.POLITICIAN);
        var visible = service.roundPage(0, 10);
        assertThat(visible).extracting(ChecklistViews.RoundRow::name).containsExactly("2. tertial 2026");

        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        var rounds = service.roundPage(0, 10);
        assertThat(rounds).extracting(ChecklistViews.RoundRow::name).containsExactly("3. tertial 2026", "2. tertial 2026");
        var overview = service.overview(rounds.getFirst().id());
        assertThat(overview.previousRoundName()).isEqualTo("2. tertial 2026");
        assertThat(overview.units()).hasSize(16);
        assertThat(overview.overall().tally().submitted()).isEqualTo(2);
        assertThat(overview.categories()).hasSize(6);
        var previous = service.overview(rounds.get(1).id());
        assertThat(previous.units()).filteredOn(ChecklistViews.UnitStatus::overdue).hasSize(6);

        TestSecurity.runAs("leder", Roles.LEADER);
        assertThat(service.myPage(0, 20)).hasSize(10);
    }
}
