package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo holds every row of checklist.csv and two rounds of the Røros template. */
@ActiveProfiles({"test", "demotest"})
class DemoChecklistsDataTest extends ServiceTest {

    @Autowired ChecklistService service;

    private static List<TabularFile.Row> csv() throws Exception {
        try (InputStream in = DemoChecklistsDataTest.class.getResourceAsStream("/demo/checklist.csv")) {
            return TabularFile.read(in.readAllBytes(), "checklist.csv");
        }
    }

    @Test
    void the_demo_holds_every_row_of_checklist_csv() throws Exception {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        Map<String, TemplateContent> byKey = service.templateVersions().stream()
                .collect(Collectors.toMap(v -> v.templateName() + "|" + v.label(),
                        v -> service.templateContent(v.versionId())));
        TemplateContent roros2021 = byKey.get("Sjekkliste for internkontroll (Røros)|2021");
        TemplateContent roros2025 = byKey.get("Sjekkliste for internkontroll (Røros)|2025");
        TemplateContent elverum = byKey.get("Elverum – kontrollpunkter fra målekort 2025|2025");
        assertThat(roros2021.version().versionNo()).isEqualTo(1);
        assertThat(roros2025.version().versionNo()).isEqualTo(2);
        assertThat(roros2025.areas()).extracting(ChecklistViews.AreaContent::title).containsExactly(
                "Gjennomførte ROS-analyser", "HMS og arbeidsmiljø", "Ledelsens årlige gjennomgang",
                "Lovkrav og rutiner", "Opplæring", "Tilsyn og avvikhåndtering");

        int rows = 0;
        for (TabularFile.Row row : csv()) {
            rows++;
            TemplateContent t = row.get("municipality").equals("Elverum") ? elverum
                    : row.get("year").equals("2021") ? roros2021 : roros2025;
            assertThat(t.areas()).as("row at line %d", row.line()).anySatisfy(area -> {
                assertThat(area.questions()).anySatisfy(q -> {
                    assertThat(q.text()).isEqualTo(row.get("item_text"));
                    if (!row.get("item_no").isEmpty()) {
                        assertThat(q.itemNo()).isEqualTo(row.get("item_no"));
                        assertThat(area.title()).isEqualTo(row.get("area"));
                        assertThat(area.helpText()).isEqualTo(row.get("area_description_verbatim"));
                    } else {
                        assertThat(q.helpText()).contains("Resultat 2025: " + row.get("result"));
                    }
                });
            });
        }
        assertThat(rows).isEqualTo(46);
        int questions = roros2021.areas().stream().mapToInt(a -> a.questions().size()).sum()
                + roros2025.areas().stream().mapToInt(a -> a.questions().size()).sum()
                + elverum.areas().stream().mapToInt(a -> a.questions().size()).sum();
        assertThat(questions).isEqualTo(46);
    }

    @Test
    void the_demo_has_a_published_previous_round_and_an_open_current_round() {
        TestSecurity.runAs("politiker", Roles.POLITICIAN);
        var visible = service.roundPage(PageRequest.of(0, 10));
        assertThat(visible).extracting(ChecklistViews.RoundRow::name).containsExactly("2. tertial 2026");

        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        var rounds = service.roundPage(PageRequest.of(0, 10));
        assertThat(rounds).extracting(ChecklistViews.RoundRow::name).containsExactly("3. tertial 2026", "2. tertial 2026");
        var overview = service.overview(rounds.getFirst().id());
        assertThat(overview.previousRoundName()).isEqualTo("2. tertial 2026");
        assertThat(overview.units()).hasSize(16);
        assertThat(overview.overall().tally().submitted()).isEqualTo(2);
        assertThat(overview.categories()).hasSize(6);
        var previous = service.overview(rounds.get(1).id());
        assertThat(previous.units()).filteredOn(ChecklistViews.UnitStatus::overdue).hasSize(6);

        TestSecurity.runAs("leder", Roles.LEADER);
        assertThat(service.myPage(PageRequest.of(0, 20))).hasSize(10);
    }
}
