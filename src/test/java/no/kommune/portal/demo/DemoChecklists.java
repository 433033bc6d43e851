package no.kommune.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.checklists.AnswerValue;
import no.kommune.portal.checklists.ChecklistFixtures;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistTemplates.AreaImport;
import no.kommune.portal.checklists.ChecklistTemplates.QuestionImport;
import no.kommune.portal.checklists.ChecklistTemplates.TemplateImport;
import no.kommune.portal.checklists.ChecklistTemplates.VersionImport;
import no.kommune.portal.checklists.ChecklistViews;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo run only, for the demo municipality's rows of checklist.csv ({@link DemoMunicipality}). Røros: the
 * internal-control template from every Røros row (version 1 = 2021, version 2 = 2025, six areas with the verbatim
 * area description as help text, 20 numbered questions each). Elverum: its six målekort control points as its
 * template (see docs/decisions/010). Then two rounds of the municipality's current version are opened: "2. tertial
 * 2026" (deadline passed, overview published) and "3. tertial 2026" (open), answered by the demo leaders leder and
 * leder2 for their units. Running again creates nothing.
 */
@Component
@Profile({"dev", "demotest"})
@Order(20)
class DemoChecklists implements ApplicationRunner {

    static final String ROROS_KEY = "checklist.csv:roros";
    static final String ELVERUM_KEY = "checklist.csv:elverum";
    private static final Logger log = LoggerFactory.getLogger(DemoChecklists.class);

    private final ChecklistService service;
    private final ChecklistFixtures fixtures;
    private final OrganisationService organisation;
    private final DemoMunicipality municipality;

    DemoChecklists(ChecklistService service, ChecklistFixtures fixtures, OrganisationService organisation,
            DemoMunicipality municipality) {
        this.service = service;
        this.fixtures = fixtures;
        this.organisation = organisation;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<TabularFile.Row> rows;
        try (InputStream in = getClass().getResourceAsStream("/demo/checklist.csv")) {
            rows = TabularFile.read(in.readAllBytes(), "checklist.csv");
        }
        TemplateImport template = municipality == DemoMunicipality.ELVERUM ? elverum(rows) : roros(rows);
        as("kvalitet", Roles.QUALITY, () -> {
            service.importTemplate(template);
            return null;
        });
        boolean hasRounds = as("kvalitet", Roles.QUALITY, () -> service.roundCount() > 0);
        if (hasRounds) {
            return;
        }
        Long versionId = as("kvalitet", Roles.QUALITY, () -> service.publishedVersions().stream()
                .filter(v -> v.templateName().equals(template.name()) && "2025".equals(v.label()))
                .findFirst().orElseThrow().versionId());
        Long previous = as("kvalitet", Roles.QUALITY,
                () -> service.openRound(versionId, "2. tertial 2026", LocalDate.now().plusDays(1), List.of()));
        answer(previous, 0, true);
        fixtures.backdate(previous, LocalDate.now().minusDays(60));
        as("direktor", Roles.MANAGEMENT, () -> {
            service.publishOverview(previous, true);
            return null;
        });
        Long current = as("kvalitet", Roles.QUALITY,
                () -> service.openRound(versionId, "3. tertial 2026", LocalDate.now().plusDays(21), List.of()));
        answer(current, 1, false);
        log.info("Demo: checklist templates from checklist.csv and rounds {} and {}", previous, current);
    }

    /** The demo leaders answer their units' checklists with a fixed, varied pattern. */
    private void answer(Long roundId, int round, boolean submitAll) {
        for (String leader : List.of("leder", "leder2")) {
            as(leader, Roles.LEADER, () -> {
                List<ChecklistViews.InstanceRow> mine = service.myPage(0, 100).stream()
                        .filter(r -> r.roundId().equals(roundId)).toList();
                int n = 0;
                for (ChecklistViews.InstanceRow row : mine) {
                    n++;
                    if (!submitAll && n > 3) {
                        break; // some units have not started yet
                    }
                    var detail = service.instance(row.id());
                    int q = 0;
                    for (var area : detail.areas()) {
                        for (var question : area.questions()) {
                            q++;
                            if (!submitAll && n == 3 && q > 8) {
                                break; // one unit is half-way
                            }
                            int pick = (int) ((row.unitId() * 7 + q * 3 + round * 5) % 10);
                            AnswerValue value = pick < 6 ? AnswerValue.YES : pick < 8 ? AnswerValue.PARTLY
                                    : pick < 9 ? AnswerValue.NO : AnswerValue.NOT_APPLICABLE;
                            String comment = value == AnswerValue.NO ? "Ikke gjennomført denne perioden" : null;
                            service.answer(row.id(), question.questionId(), value, comment);
                            boolean actionAdded = false;
                            if (value == AnswerValue.NO && round == 1 && q < 6) {
                                Long ownerId = organisation.findPersonByName(municipality.leaderName(leader))
                                        .map(u -> u.getId()).orElse(null);
                                if (ownerId != null) {
                                    service.addAction(row.id(), question.questionId(),
                                            "Gjennomføre og dokumentere " + question.text(), ownerId,
                                            LocalDate.now().plusMonths(2));
                                    actionAdded = true;
                                }
                            }
                            if (value.allowsAction() && !actionAdded) {
                                // a Nei/Delvis answer needs an action or a reason before the checklist is submitted
                                service.explainNoAction(row.id(), question.questionId(),
                                        "Følges opp i ordinær drift; vurdert på ledermøtet");
                            }
                        }
                    }
                    if (submitAll || n == 1) {
                        var fresh = service.instance(row.id());
                        if (fresh.answered() == fresh.total()) {
                            service.submit(row.id(), fresh.row().version());
                        }
                    }
                }
                return null;
            });
        }
    }

    static TemplateImport roros(List<TabularFile.Row> rows) {
        Map<String, Map<Integer, AreaImport>> byYear = new LinkedHashMap<>();
        for (TabularFile.Row row : rows) {
            if (!"Røros".equals(row.get("municipality"))) {
                continue;
            }
            int areaNo = Integer.parseInt(row.get("area_no"));
            Map<Integer, AreaImport> areas = byYear.computeIfAbsent(row.get("year"), y -> new LinkedHashMap<>());
            AreaImport area = areas.computeIfAbsent(areaNo, no -> new AreaImport(no, row.get("area"),
                    row.get("area_description_verbatim"), new ArrayList<>()));
            area.questions().add(new QuestionImport(row.get("item_no"), row.get("item_text"), null));
        }
        List<VersionImport> versions = byYear.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new VersionImport(e.getKey(), List.copyOf(e.getValue().values()))).toList();
        return new TemplateImport(ROROS_KEY, "Sjekkliste for internkontroll (Røros)",
                "Hver enkelt virksomhet får en sjekkliste med spørsmål innen seks områder. Det rapporteres på "
                        + "sjekklisten ved hver tertial, sammen med ordinær tertialrapport for økonomi.",
                versions);
    }

    /** Elverum's control points: one area per målekort, one question per indicator, results as help text. */
    static TemplateImport elverum(List<TabularFile.Row> rows) {
        Map<String, AreaImport> areas = new LinkedHashMap<>();
        for (TabularFile.Row row : rows) {
            if (!"Elverum".equals(row.get("municipality"))) {
                continue;
            }
            AreaImport area = areas.computeIfAbsent(row.get("checklist"),
                    name -> new AreaImport(areas.size() + 1, name, null, new ArrayList<>()));
            String help = "Resultat 2024: " + row.get("result_prev_year") + " · Mål 2025: " + row.get("target")
                    + " · Resultat 2025: " + row.get("result") + " (" + row.get("report") + ")";
            area.questions().add(new QuestionImport(area.areaNo() + "." + (area.questions().size() + 1),
                    row.get("item_text"), help));
        }
        return new TemplateImport(ELVERUM_KEY, "Elverum – kontrollpunkter fra målekort 2025",
                "Elverum har ingen sjekkliste i kildene; dette er målekortindikatorene som ligger nærmest "
                        + "internkontroll (Årsmelding 2025).",
                List.of(new VersionImport("2025", List.copyOf(areas.values()))));
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
