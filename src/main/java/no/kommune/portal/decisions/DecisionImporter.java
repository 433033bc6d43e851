package no.kommune.portal.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.decisions.ImportPreview.Outcome;
import no.kommune.portal.decisions.ImportPreview.Problem;
import no.kommune.portal.decisions.ImportPreview.Severity;
import no.kommune.portal.decisions.ImportRowReader.Parsed;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports decisions and mandates from CSV or Excel. The columns are recognised by name ({@link ImportColumn}:
 * the portal's own, the template's Norwegian headings and the names the seeds' tables use) or as the user maps
 * them in the preview. Always preview first. The import re-reads the file; a row with an error is rejected with
 * its own message while the other rows are imported, a row the portal already has is reported as already
 * imported (importing twice creates no duplicates), and a problem with the file as a whole stops everything.
 */
@Service
public class DecisionImporter {

    private final DecisionRepository decisions;
    private final MandateRepository mandates;
    private final MandateEventRepository events;
    private final StatusLabelRepository labels;
    private final OrganisationService organisation;

    public DecisionImporter(DecisionRepository decisions, MandateRepository mandates, MandateEventRepository events,
            StatusLabelRepository labels, OrganisationService organisation) {
        this.decisions = decisions;
        this.mandates = mandates;
        this.events = events;
        this.labels = labels;
        this.organisation = organisation;
    }

    private record Analysis(List<ImportPreview.ColumnUse> columns, List<Parsed> rows, List<Outcome> outcomes,
            List<Problem> problems) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public ImportPreview preview(byte[] content, String fileName, ImportOptions options) {
        Analysis analysis = analyse(content, fileName, options);
        List<ImportPreview.Line> lines = new ArrayList<>();
        for (int i = 0; i < analysis.rows().size(); i++) {
            Parsed p = analysis.rows().get(i);
            lines.add(new ImportPreview.Line(p.line(), p.decisionTitle(), p.body() == null ? "" : p.body().getName(),
                    p.itemRef(), p.title() == null ? "" : p.title(),
                    p.deadline() != null ? Formats.date(p.deadline()) : nullToEmpty(p.deadlineText()),
                    p.status() == null ? "" : p.status().getLabel(), nullToEmpty(p.responsibleText()),
                    analysis.outcomes().get(i)));
        }
        return new ImportPreview(analysis.columns(), lines, analysis.problems());
    }

    /**
     * Imports every new row without errors. Rows with errors are rejected (each with its messages), rows the
     * portal has are reported as already imported. Refuses the whole file only when the file itself is wrong.
     */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public ImportResult importFile(byte[] content, String fileName, ImportOptions options) {
        Analysis analysis = analyse(content, fileName, options);
        if (analysis.problems().stream().anyMatch(p -> p.line() == 0 && p.severity() == Severity.ERROR)) {
            throw new UserFacingException("import.error.fileProblems");
        }
        Map<String, Decision> decisionsByKey = new HashMap<>();
        List<PoliticalBody> bodies = organisation.activeBodies();
        List<Integer> already = new ArrayList<>();
        List<Integer> duplicates = new ArrayList<>();
        int created = 0;
        for (int i = 0; i < analysis.rows().size(); i++) {
            Parsed p = analysis.rows().get(i);
            switch (analysis.outcomes().get(i)) {
                case ALREADY_IMPORTED -> already.add(p.line());
                case DUPLICATE_IN_FILE -> duplicates.add(p.line());
                case REJECTED -> { }
                case NEW -> {
                    Decision decision = decisionsByKey.computeIfAbsent(p.decisionKey(),
                            key -> decisions.findBySourceKey(key).orElseGet(() -> newDecision(p)));
                    save(p, decision, fileName, bodies);
                    created++;
                }
            }
        }
        List<Problem> rejected = analysis.problems().stream()
                .filter(pr -> pr.line() > 0 && pr.severity() == Severity.ERROR).toList();
        return new ImportResult(created, already, duplicates, rejected);
    }

    /** The status labels a file may use, for the import page. */
    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public List<String> statusLabels() {
        return labels.findByActiveTrueOrderBySortOrder().stream().map(StatusLabel::getLabel).toList();
    }

    /** An empty template to fill in: CSV (UTF-8 with BOM, semicolons) or, if {@code xlsx}, Excel. */
    @PreAuthorize(FollowUpService.MANAGE)
    public byte[] template(boolean xlsx) {
        return xlsx ? ImportTemplate.xlsx() : ImportTemplate.csv();
    }

    private void save(Parsed p, Decision decision, String fileName, List<PoliticalBody> bodies) {
        Mandate m = new Mandate(decision, p.title(), p.status());
        m.setItemRef(p.itemRef());
        m.setDescription(p.description());
        m.setDeadline(p.deadline(), p.deadlineText());
        m.setOwner(p.owner());
        m.setResponsibles(p.responsibles());
        m.setResponsibleText(p.responsibleText());
        m.changeStatus(p.status(), p.statusText(), null);
        m.setSourceKey(p.sourceKey());
        String firstCase = DecisionOrigin.firstCase(p.caseNumbers());
        m.setOrigin(p.meetingDate(), p.year(), firstCase,
                DecisionOrigin.bodyOfCase(firstCase, bodies).orElse(p.body()));
        mandates.save(m);
        events.save(new MandateEvent(m, MandateEvent.Kind.IMPORTED, null, p.status().getLabel(), p.statusText(),
                "Import: " + fileName + " linje " + p.line(), null));
    }

    private Decision newDecision(Parsed p) {
        Decision d = new Decision(p.body(), p.decisionTitle(), p.kind(), p.year());
        d.setMeetingDate(p.meetingDate());
        d.setCaseNumbers(p.caseNumbers());
        d.setArchiveReference(p.archiveRef());
        d.setSourceKey(p.decisionKey());
        return decisions.save(d);
    }

    private Analysis analyse(byte[] content, String fileName, ImportOptions options) {
        List<TabularFile.Row> rows = TabularFile.read(content, fileName);
        if (rows.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        ColumnMapping columns = ColumnMapping.of(rows.getFirst(), options.columns());
        PoliticalBody chosenBody = options.bodyId() == null ? null : organisation.findBody(options.bodyId()).orElse(null);
        ImportRowReader reader = new ImportRowReader(columns, options, chosenBody,
                new ImportLookups(organisation, labels));
        List<Problem> problems = new ArrayList<>();
        reader.checkFile(problems);
        List<Parsed> parsed = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        Set<Integer> linesWithErrors = new HashSet<>();
        for (TabularFile.Row row : rows) {
            int before = problems.size();
            Parsed p = reader.read(row, problems);
            problems.subList(before, problems.size()).stream().filter(pr -> pr.severity() == Severity.ERROR)
                    .forEach(pr -> linesWithErrors.add(pr.line()));
            parsed.add(p);
            Integer first = firstLineOfKey.putIfAbsent(p.sourceKey(), p.line());
            if (linesWithErrors.contains(p.line()) || p.title() == null || p.body() == null) {
                if (!linesWithErrors.contains(p.line()) && p.body() == null && columns.has(ImportColumn.BODY)) {
                    problems.add(new Problem(p.line(), Severity.ERROR, "import.problem.missingBody", List.of()));
                }
                outcomes.add(Outcome.REJECTED);
            } else if (first != null) {
                problems.add(new Problem(p.line(), Severity.WARNING, "import.problem.duplicateInFile",
                        List.of(String.valueOf(first))));
                outcomes.add(Outcome.DUPLICATE_IN_FILE);
            } else if (mandates.findBySourceKey(p.sourceKey()).isPresent()) {
                problems.add(new Problem(p.line(), Severity.WARNING, "import.problem.alreadyImported", List.of()));
                outcomes.add(Outcome.ALREADY_IMPORTED);
            } else {
                outcomes.add(Outcome.NEW);
            }
        }
        return new Analysis(columns.uses(), parsed, outcomes, problems);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
