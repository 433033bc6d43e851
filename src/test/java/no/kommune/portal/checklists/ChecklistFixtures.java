package no.kommune.portal.checklists;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.checklists.ChecklistTemplates.AreaImport;
import no.kommune.portal.checklists.ChecklistTemplates.QuestionImport;
import no.kommune.portal.checklists.ChecklistTemplates.TemplateImport;
import no.kommune.portal.checklists.ChecklistTemplates.VersionImport;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.TestSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds checklist data for tests: a small published template and back-dated rounds. */
@Component
public class ChecklistFixtures {

    private final ChecklistService service;
    private final ChecklistRoundRepository rounds;
    private final TemplateVersionRepository versions;

    ChecklistFixtures(ChecklistService service, ChecklistRoundRepository rounds, TemplateVersionRepository versions) {
        this.service = service;
        this.rounds = rounds;
        this.versions = versions;
    }

    /**
     * A published template "Test-IK" with area 1 "ROS-analyser" (questions 1.1, 1.2) and area 2 "Opplæring"
     * (2.1, 2.2); returns the published version's id. Runs as a quality user and restores the caller.
     */
    public Long template() {
        return asQuality(() -> {
            Long templateId = service.importTemplate(new TemplateImport(OrgFixtures.unique("test-template"),
                    OrgFixtures.unique("Test-IK"), null, List.of(new VersionImport("2025", List.of(
                            new AreaImport(1, "ROS-analyser", "Inndelt i kategoriene ...", List.of(
                                    new QuestionImport("1.1", "tjenesteproduksjon", null),
                                    new QuestionImport("1.2", "HMS", null))),
                            new AreaImport(2, "Opplæring", null, List.of(
                                    new QuestionImport("2.1", "bruk av opplæringsplaner", null),
                                    new QuestionImport("2.2", "stoffkartotek", null))))))));
            return versions.findFirstByTemplateIdOrderByVersionNoDesc(templateId).orElseThrow().getId();
        });
    }

    public Long round(Long versionId, String name, LocalDate deadline, List<Long> unitIds) {
        return asQuality(() -> service.openRound(versionId, name, deadline, unitIds));
    }

    public Long instanceOf(Long roundId, Long unitId) {
        return asQuality(() -> service.completion(roundId).stream().filter(c -> c.unitId().equals(unitId))
                .findFirst().orElseThrow().instanceId());
    }

    @Transactional
    public void backdate(Long roundId, LocalDate deadline) {
        rounds.findById(roundId).orElseThrow().moveDeadline(deadline);
    }

    private <T> T asQuality(java.util.function.Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestSecurity.runAs("kvalitet-fixture", Roles.QUALITY);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
