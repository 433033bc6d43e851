package no.kommune.portal.decisions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.decisions.ImportPreview.Problem;
import no.kommune.portal.decisions.ImportPreview.Severity;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports decisions and mandates from CSV or Excel in three layouts: the portal's own
 * ({@code decisions.csv} columns), Røros' "Oppdrag | Beskrivelse | Status | Beskrivelse status |
 * Saksreferanse | Oppdragseier | Ansvarlig" and Elverum's "Punkt i vedtak | Tema | Frist | Ansvarlig |
 * Kommentar". Always preview first; the import itself re-reads the file, refuses it when any row has an
 * error (nothing is half-imported) and skips rows it already has (importing twice creates no duplicates).
 */
@Service
public class DecisionImporter {

    private static final Pattern DATE_LIKE = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})$");
    private static final Pattern FIRST_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");

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

    /** One row, understood. */
    private record Parsed(int line, String sourceKey, String decisionKey, String decisionTitle, DecisionKind kind,
            PoliticalBody body, String caseNumbers, LocalDate meetingDate, int year, String archiveRef,
            String itemRef, String title, String description, LocalDate deadline, String deadlineText,
            UserAccount owner, Set<UserAccount> responsibles, String responsibleText, StatusLabel status,
            String statusText) {
    }

    private record Analysis(List<Parsed> rows, List<Problem> problems) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(FollowUpService.MANAGE)
    public ImportPreview preview(byte[] content, String fileName, ImportOptions options) {
        Analysis analysis = analyse(content, fileName, options);
        List<ImportPreview.Line> lines = new ArrayList<>();
        int duplicates = 0;
        for (Parsed p : analysis.rows()) {
            boolean duplicate = mandates.findBySourceKey(p.sourceKey()).isPresent();
            duplicates += duplicate ? 1 : 0;
            lines.add(new ImportPreview.Line(p.line(), p.decisionTitle(), p.body() == null ? "" : p.body().getName(),
                    p.itemRef(), p.title(), p.deadline() != null ? no.kommune.portal.base.Formats.date(p.deadline())
                            : nullToEmpty(p.deadlineText()),
                    p.status() == null ? "" : p.status().getLabel(), p.responsibleText(), duplicate));
        }
        return new ImportPreview(lines, analysis.problems(), lines.size() - duplicates, duplicates);
    }

    /** Imports every new row, or nothing at all if any row has an error. Returns the number of new mandates. */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public int importFile(byte[] content, String fileName, ImportOptions options) {
        Analysis analysis = analyse(content, fileName, options);
        if (analysis.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            throw new UserFacingException("import.error.hasErrors");
        }
        Map<String, Decision> decisionsByKey = new HashMap<>();
        List<PoliticalBody> bodies = organisation.activeBodies();
        int created = 0;
        for (Parsed p : analysis.rows()) {
            if (mandates.findBySourceKey(p.sourceKey()).isPresent()) {
                continue;
            }
            Decision decision = decisionsByKey.computeIfAbsent(p.decisionKey(),
                    key -> decisions.findBySourceKey(key).orElseGet(() -> newDecision(p)));
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
            created++;
        }
        return created;
    }

    private Decision newDecision(Parsed p) {
        Decision d = new Decision(p.body(), p.decisionTitle(), p.kind(), p.year());
        d.setMeetingDate(p.meetingDate());
        d.setCaseNumbers(p.caseNumbers());
        d.setArchiveReference(p.archiveRef());
        d.setSourceKey(p.decisionKey());
        return decisions.save(d);
    }

    // ---- analysis ----------------------------------------------------------------------------------

    private Analysis analyse(byte[] content, String fileName, ImportOptions options) {
        List<TabularFile.Row> rows = TabularFile.read(content, fileName);
        Layout layout = Layout.of(rows.getFirst());
        if (layout == null) {
            throw new UserFacingException("import.error.unknownLayout");
        }
        List<Problem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Lookups lookups = new Lookups();
        PoliticalBody chosenBody = options.bodyId() == null ? null : organisation.findBody(options.bodyId()).orElse(null);
        if (layout != Layout.PORTAL && chosenBody == null) {
            problems.add(new Problem(0, Severity.ERROR, "import.problem.bodyRequired", List.of()));
        }
        Set<String> seenKeys = new HashSet<>();
        for (TabularFile.Row row : rows) {
            Parsed p = switch (layout) {
                case PORTAL -> portalRow(row, options, problems, lookups);
                case ROROS -> rorosRow(row, options, chosenBody, problems, lookups);
                case ELVERUM -> elverumRow(row, options, chosenBody, problems, lookups);
            };
            if (p != null && !seenKeys.add(p.sourceKey())) {
                problems.add(new Problem(row.line(), Severity.WARNING, "import.problem.duplicateInFile", List.of()));
                continue;
            }
            if (p != null) {
                parsed.add(p);
            }
        }
        return new Analysis(parsed, problems);
    }

    private enum Layout {
        PORTAL, ROROS, ELVERUM;

        static Layout of(TabularFile.Row first) {
            if (first.has("record_id") && first.has("title")) {
                return PORTAL;
            }
            if (first.has("oppdrag") && first.has("beskrivelse")) {
                return ROROS;
            }
            if (first.has("punkt i vedtak")) {
                return ELVERUM;
            }
            return null;
        }
    }

    private Parsed portalRow(TabularFile.Row row, ImportOptions options, List<Problem> problems, Lookups lookups) {
        int line = row.line();
        // Elverum's tables have no title column: the point's theme (first sentence of the description) is its title
        String titleCell = row.get("title").isBlank() ? firstSentence(row.get("description")) : row.get("title");
        if ((titleCell == null || titleCell.isBlank()) && !row.get("item_ref").isBlank()) {
            // a page-break fragment that only names its cases: keep the row, titled by its case numbers
            titleCell = "Vedtak " + row.get("item_ref");
            problems.add(new Problem(line, Severity.WARNING, "import.problem.titleFromCase", List.of(titleCell)));
        }
        String title = text(titleCell, TextLimits.TITLE, line, "title", problems);
        if (title == null) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.missingTitle", List.of()));
            return null;
        }
        PoliticalBody body = lookups.body(row.get("body"), line, problems);
        String report = row.get("report");
        String section = row.get("section");
        String caseNumbers = text(row.get("case_numbers"), 200, line, "case_numbers", problems);
        String reference = text(row.get("reference"), 40, line, "reference", problems);
        String decisionKey = "dec:" + hash(report + "|" + section + "|" + caseNumbers + "|" + reference
                + (caseNumbers == null && reference == null && !isGroupSection(section) ? "|" + row.get("record_id") : ""));
        String decisionTitle = isGroupSection(section) || caseNumbers != null || reference != null
                ? groupTitle(section, report, title) : title;
        LocalDate meetingDate = firstDate(row.get("decision_dates"));
        int year = meetingDate != null ? meetingDate.getYear() : parseYear(row.get("report_year"));
        Deadline deadline = deadline(row.get("deadline"), options, line, problems);
        StatusLabel status = lookups.status(row.get("status"), options, line, problems);
        People people = lookups.people(row.get("responsible"), options, line, problems);
        UserAccount owner = lookups.people(row.get("owner"), options, line, problems).single();
        String statusText = text(row.get("status_comment"), TextLimits.LONG_TEXT, line, "status_comment", problems);
        if (status != null && status.getLabel() != null && !row.get("status").isBlank()
                && !status.getLabel().equalsIgnoreCase(row.get("status"))) {
            statusText = joinText("Status i kilden: " + row.get("status"), statusText);
        }
        return new Parsed(line, "csv:" + row.get("record_id"), decisionKey, decisionTitle, kind(row.get("record_type")),
                body, caseNumbers, meetingDate, year, reference, text(row.get("item_ref"), 200, line, "item_ref", problems),
                title, text(row.get("description"), TextLimits.LONG_TEXT, line, "description", problems),
                deadline.date(), deadline.text(), owner, people.accounts(), people.verbatim(), status, statusText);
    }

    private Parsed rorosRow(TabularFile.Row row, ImportOptions options, PoliticalBody body, List<Problem> problems,
            Lookups lookups) {
        int line = row.line();
        String title = text(row.get("oppdrag"), TextLimits.TITLE, line, "Oppdrag", problems);
        if (title == null) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.missingTitle", List.of()));
            return null;
        }
        String description = text(row.get("beskrivelse"), TextLimits.LONG_TEXT, line, "Beskrivelse", problems);
        String reference = text(row.get("saksreferanse"), 40, line, "Saksreferanse", problems);
        return tableRow(line, options, body, title, description, reference, null, row.get("status"),
                row.get("beskrivelse status"), row.get("oppdragseier"), row.get("ansvarlig"), "", problems, lookups);
    }

    private Parsed elverumRow(TabularFile.Row row, ImportOptions options, PoliticalBody body, List<Problem> problems,
            Lookups lookups) {
        int line = row.line();
        String tema = row.values().entrySet().stream().filter(e -> e.getKey().startsWith("tema"))
                .map(e -> e.getValue().strip()).findFirst().orElse("");
        String title = text(firstSentence(tema), TextLimits.TITLE, line, "Tema", problems);
        if (title == null) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.missingTitle", List.of()));
            return null;
        }
        return tableRow(line, options, body, title, text(tema, TextLimits.LONG_TEXT, line, "Tema", problems), null,
                row.get("punkt i vedtak"), "", row.get("kommentar"), "", row.get("ansvarlig"), row.get("frist"),
                problems, lookups);
    }

    private Parsed tableRow(int line, ImportOptions options, PoliticalBody body, String title, String description,
            String reference, String itemRef, String statusValue, String statusComment, String ownerName,
            String responsible, String deadlineValue, List<Problem> problems, Lookups lookups) {
        String decisionTitle = options.decisionTitle() == null || options.decisionTitle().isBlank()
                ? "Import" : options.decisionTitle().strip();
        String caseNumbers = options.caseNumbers() == null || options.caseNumbers().isBlank() ? null
                : options.caseNumbers().strip();
        Deadline deadline = deadline(deadlineValue, options, line, problems);
        StatusLabel status = lookups.status(statusValue, options, line, problems);
        People people = lookups.people(responsible, options, line, problems);
        UserAccount owner = lookups.people(ownerName, options, line, problems).single();
        String decisionKey = "dec:" + hash((body == null ? "" : body.getId()) + "|" + decisionTitle + "|" + caseNumbers
                + "|" + nullToEmpty(reference));
        int year = LocalDate.now().getYear();
        return new Parsed(line, "tbl:" + hash(decisionKey + "|" + nullToEmpty(itemRef) + "|" + title + "|"
                + nullToEmpty(description)), decisionKey, decisionTitle, DecisionKind.VERBAL_DECISION, body, caseNumbers,
                null, year, reference, text(itemRef, 200, line, "Punkt i vedtak", problems), title, description,
                deadline.date(), deadline.text(), owner, people.accounts(), people.verbatim(), status,
                text(statusComment, TextLimits.LONG_TEXT, line, "Kommentar", problems));
    }

    // ---- field rules -------------------------------------------------------------------------------

    private record Deadline(LocalDate date, String text) {
    }

    /** A date where the cell is a date; the verbatim text otherwise. An impossible date is an error. */
    private static Deadline deadline(String value, ImportOptions options, int line, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return new Deadline(null, null);
        }
        String v = value.strip();
        Matcher m = DATE_LIKE.matcher(v);
        if (m.matches()) {
            try {
                return new Deadline(toDate(m), null);
            } catch (DateTimeException e) {
                problems.add(new Problem(line, options.lenient() ? Severity.WARNING : Severity.ERROR,
                        "import.problem.invalidDate", List.of(v)));
                return new Deadline(null, v);
            }
        }
        if (v.length() > 200) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.tooLong", List.of("Frist", "200")));
            return new Deadline(null, null);
        }
        return new Deadline(null, v);
    }

    private static LocalDate toDate(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += 2000;
        }
        return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static LocalDate firstDate(String value) {
        Matcher m = FIRST_DATE.matcher(value == null ? "" : value);
        while (m.find()) {
            try {
                return toDate(m);
            } catch (DateTimeException e) {
                // not a date after all; try the next one
            }
        }
        return null;
    }

    private static String text(String value, int max, int line, String column, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.tooLong", List.of(column, String.valueOf(max))));
            return v.substring(0, max);
        }
        if (SafeText.containsMarkup(v)) {
            problems.add(new Problem(line, Severity.ERROR, "import.problem.markup", List.of(column)));
        }
        return v;
    }

    private static DecisionKind kind(String recordType) {
        String t = recordType == null ? "" : recordType.toLowerCase(Locale.ROOT);
        if (t.startsWith("verbal")) {
            return DecisionKind.VERBAL_DECISION;
        }
        if (t.startsWith("vedtakspunkt") || t.startsWith("budsjett")) {
            return DecisionKind.BUDGET_POINT;
        }
        if (t.startsWith("mandat") || t.contains("bestilling")) {
            return DecisionKind.MANDATE_TO_COMMITTEE;
        }
        return DecisionKind.POLITICAL_CASE;
    }

    private static boolean isGroupSection(String section) {
        String s = section == null ? "" : section.toLowerCase(Locale.ROOT);
        return s.contains("verbalvedtak") || s.contains("verbalforslag") || s.contains("vedtak på handlings");
    }

    private static String groupTitle(String section, String report, String fallback) {
        if (section == null || section.isBlank()) {
            return fallback;
        }
        String[] parts = section.split(">");
        String last = parts[parts.length - 1].strip();
        String title = report == null || report.isBlank() ? last : last + " – " + report;
        return title.length() > TextLimits.TITLE ? title.substring(0, TextLimits.TITLE) : title;
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int dot = t.indexOf(". ");
        String first = dot > 20 ? t.substring(0, dot) : t;
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }

    private static int parseYear(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            return LocalDate.now().getYear();
        }
    }

    private static String joinText(String a, String b) {
        return b == null ? a : a + "\n" + b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- look-ups, cached per import -----------------------------------------------------------------

    private record People(Set<UserAccount> accounts, String verbatim) {
        UserAccount single() {
            return accounts.isEmpty() ? null : accounts.iterator().next();
        }
    }

    private final class Lookups {
        private final Map<String, Optional<UserAccount>> people = new HashMap<>();
        private final Map<String, Optional<StatusLabel>> statuses = new HashMap<>();
        private final List<PoliticalBody> bodies = organisation.activeBodies();

        People people(String value, ImportOptions options, int line, List<Problem> problems) {
            if (value == null || value.isBlank()) {
                return new People(Set.of(), null);
            }
            Set<UserAccount> found = new java.util.LinkedHashSet<>();
            for (String name : value.split(",|;| og ")) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                Optional<UserAccount> account = people.computeIfAbsent(n.toLowerCase(Locale.ROOT),
                        k -> organisation.findPersonByName(n));
                if (account.isPresent()) {
                    found.add(account.get());
                } else {
                    problems.add(new Problem(line, options.lenient() ? Severity.WARNING : Severity.ERROR,
                            "import.problem.unknownPerson", List.of(n)));
                }
            }
            String verbatim = value.strip();
            return new People(found, verbatim.length() > 500 ? verbatim.substring(0, 500) : verbatim);
        }

        StatusLabel status(String value, ImportOptions options, int line, List<Problem> problems) {
            if (value == null || value.isBlank()) {
                return labels.findFirstByStateAndActiveTrueOrderBySortOrder(MandateState.OPEN).orElseThrow();
            }
            Optional<StatusLabel> label = statuses.computeIfAbsent(value.strip().toLowerCase(Locale.ROOT),
                    k -> labels.findFirstByLabelIgnoreCase(value.strip()));
            if (label.isPresent()) {
                return label.get();
            }
            problems.add(new Problem(line, options.lenient() ? Severity.WARNING : Severity.ERROR,
                    "import.problem.unknownStatus", List.of(value.strip())));
            return labels.findFirstByStateAndActiveTrueOrderBySortOrder(MandateState.OPEN).orElseThrow();
        }

        /** The deciding body: the last one named ("Formannskapet; Kommunestyret" is decided by Kommunestyret). */
        PoliticalBody body(String value, int line, List<Problem> problems) {
            if (value == null || value.isBlank()) {
                problems.add(new Problem(line, Severity.ERROR, "import.problem.missingBody", List.of()));
                return null;
            }
            String[] parts = value.split(";|->");
            String last = parts[parts.length - 1].replaceAll("\\(.*?\\)", "").strip().toLowerCase(Locale.ROOT);
            Map<String, PoliticalBody> byName = new LinkedHashMap<>();
            bodies.forEach(b -> byName.put(b.getName().toLowerCase(Locale.ROOT), b));
            PoliticalBody exact = byName.get(last);
            if (exact != null) {
                return exact;
            }
            for (PoliticalBody b : bodies) {
                String name = b.getName().toLowerCase(Locale.ROOT);
                if (!last.isEmpty() && (name.startsWith(last) || last.startsWith(name)
                        || (b.getShortName() != null && b.getShortName().equalsIgnoreCase(last)))) {
                    return b;
                }
            }
            problems.add(new Problem(line, Severity.ERROR, "import.problem.unknownBody", List.of(value.strip())));
            return null;
        }
    }
}
