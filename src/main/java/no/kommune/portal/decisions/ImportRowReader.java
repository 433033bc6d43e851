package no.kommune.portal.decisions;

import static no.kommune.portal.decisions.ImportColumn.BODY;
import static no.kommune.portal.decisions.ImportColumn.CASE_NUMBERS;
import static no.kommune.portal.decisions.ImportColumn.DEADLINE;
import static no.kommune.portal.decisions.ImportColumn.DECISION_DATES;
import static no.kommune.portal.decisions.ImportColumn.DECISION_TITLE;
import static no.kommune.portal.decisions.ImportColumn.DESCRIPTION;
import static no.kommune.portal.decisions.ImportColumn.ITEM_REF;
import static no.kommune.portal.decisions.ImportColumn.OWNER;
import static no.kommune.portal.decisions.ImportColumn.RECORD_ID;
import static no.kommune.portal.decisions.ImportColumn.RECORD_TYPE;
import static no.kommune.portal.decisions.ImportColumn.REFERENCE;
import static no.kommune.portal.decisions.ImportColumn.REPORT;
import static no.kommune.portal.decisions.ImportColumn.REPORT_YEAR;
import static no.kommune.portal.decisions.ImportColumn.RESPONSIBLE;
import static no.kommune.portal.decisions.ImportColumn.SECTION;
import static no.kommune.portal.decisions.ImportColumn.STATUS;
import static no.kommune.portal.decisions.ImportColumn.STATUS_COMMENT;
import static no.kommune.portal.decisions.ImportColumn.TITLE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.decisions.ImportPreview.Problem;
import no.kommune.portal.decisions.ImportPreview.Severity;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;

/**
 * Reads one row of an import file into a mandate (and the decision it belongs to), adding a problem with the
 * row's line for everything it cannot take as it is. One reader per file: it knows the file's columns.
 */
final class ImportRowReader {

    private static final Pattern DATE_LIKE = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})$");
    private static final Pattern FIRST_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");

    /** One row, understood. {@code title} is null when the row has none (it is then rejected). */
    record Parsed(int line, String sourceKey, String decisionKey, String decisionTitle, DecisionKind kind,
            PoliticalBody body, String caseNumbers, LocalDate meetingDate, int year, String archiveRef,
            String itemRef, String title, String description, LocalDate deadline, String deadlineText,
            UserAccount owner, Set<UserAccount> responsibles, String responsibleText, StatusLabel status,
            String statusText) {
    }

    private record Deadline(LocalDate date, String text) {
    }

    private final ColumnMapping columns;
    private final ImportOptions options;
    private final PoliticalBody chosenBody;
    private final ImportLookups lookups;
    /** The seeds' own format: rows are grouped into decisions by report chapter and case, keyed by record id. */
    private final boolean seedFormat;

    ImportRowReader(ColumnMapping columns, ImportOptions options, PoliticalBody chosenBody, ImportLookups lookups) {
        this.columns = columns;
        this.options = options;
        this.chosenBody = chosenBody;
        this.lookups = lookups;
        this.seedFormat = columns.has(SECTION) || columns.has(REPORT);
    }

    /** Problems of the file as a whole (line 0): without a title column, or a body, no row can be read. */
    void checkFile(List<Problem> problems) {
        if (!columns.has(TITLE) && !columns.has(DESCRIPTION)) {
            problems.add(new Problem(0, Severity.ERROR, "import.problem.noTitleColumn", List.of()));
        } else if (!columns.has(TITLE)) {
            problems.add(new Problem(0, Severity.WARNING, "import.problem.titleFromDescriptionColumn",
                    List.of(columns.header(DESCRIPTION))));
        }
        if (!columns.has(BODY) && chosenBody == null) {
            problems.add(new Problem(0, Severity.ERROR, "import.problem.bodyRequired", List.of()));
        }
    }

    Parsed read(no.kommune.portal.base.imports.TabularFile.Row row, List<Problem> problems) {
        int line = row.line();
        String description = text(row, DESCRIPTION, TextLimits.LONG_TEXT, problems);
        String title = title(row, description, problems);
        String itemRef = text(row, ITEM_REF, 200, problems);
        PoliticalBody body = body(row, problems);
        String caseNumbers = columns.has(CASE_NUMBERS) ? text(row, CASE_NUMBERS, 200, problems) : blankToNull(options.caseNumbers());
        String reference = text(row, REFERENCE, 40, problems);
        String section = columns.get(row, SECTION);
        String report = columns.get(row, REPORT);
        String decisionTitle = decisionTitle(row, section, report, caseNumbers, reference, title, problems);
        String decisionKey = seedFormat
                ? "dec:" + hash(report + "|" + section + "|" + caseNumbers + "|" + reference
                        + (caseNumbers == null && reference == null && !isGroupSection(section)
                                ? "|" + columns.get(row, RECORD_ID) : ""))
                : "dec:" + hash((body == null ? "" : body.getId()) + "|" + decisionTitle + "|" + caseNumbers + "|"
                        + nullToEmpty(reference));
        String recordId = columns.get(row, RECORD_ID);
        String sourceKey = !recordId.isBlank() ? "csv:" + recordId
                : "tbl:" + hash(decisionKey + "|" + nullToEmpty(itemRef) + "|" + title + "|" + nullToEmpty(description));
        LocalDate meetingDate = meetingDate(row, problems);
        int year = meetingDate != null ? meetingDate.getYear() : parseYear(columns.get(row, REPORT_YEAR));
        Deadline deadline = deadline(row, problems);
        StatusLabel status = lookups.status(columns.get(row, STATUS), options, line, problems);
        ImportLookups.People people = lookups.people(columns.get(row, RESPONSIBLE), columns.header(RESPONSIBLE),
                options, line, problems);
        UserAccount owner = lookups.people(columns.get(row, OWNER), columns.header(OWNER), options, line, problems).single();
        String statusText = text(row, STATUS_COMMENT, TextLimits.LONG_TEXT, problems);
        String statusCell = columns.get(row, STATUS);
        if (statusCell.isBlank() && statusText != null) {
            status = statusFromText(statusText, status, line, problems);
        }
        if (status != null && !statusCell.isBlank() && !status.getLabel().equalsIgnoreCase(statusCell)) {
            statusText = joinText("Status i kilden: " + statusCell, statusText);
        }
        return new Parsed(line, sourceKey, decisionKey, decisionTitle, kind(columns.get(row, RECORD_TYPE)), body,
                caseNumbers, meetingDate, year, reference, itemRef, title, description, deadline.date(),
                deadline.text(), owner, people.accounts(), people.verbatim(), status, statusText);
    }

    // ---- field rules -------------------------------------------------------------------------------

    /**
     * A row without status whose follow-up text says how far it has come ("Gjennomført.", "... pågår") gets that
     * state ({@link StatusFromText}, decision 023), with a warning naming the words, so the preview shows why.
     */
    private StatusLabel statusFromText(String statusText, StatusLabel otherwise, int line, List<Problem> problems) {
        StatusFromText.Reading reading = StatusFromText.read(statusText);
        if (!reading.found()) {
            return otherwise;
        }
        StatusLabel label = lookups.statusOf(reading.state());
        if (label == null) {
            return otherwise;
        }
        problems.add(new Problem(line, Severity.WARNING, "import.problem.statusFromText",
                List.of(label.getLabel(), reading.phrase())));
        return label;
    }

    /**
     * The title cell; if empty, the description's first sentence (with a warning, as the seeds' Elverum rows need
     * it); if both are empty, the case numbers of a page-break fragment; otherwise missing (an error).
     */
    private String title(no.kommune.portal.base.imports.TabularFile.Row row, String description, List<Problem> problems) {
        int line = row.line();
        String cell = columns.get(row, TITLE);
        if (!cell.isBlank()) {
            return text(row, TITLE, TextLimits.TITLE, problems);
        }
        if (description != null) {
            String derived = firstSentence(description);
            if (columns.has(TITLE)) {
                problems.add(new Problem(line, Severity.WARNING, "import.problem.titleFromDescription", List.of(derived)));
            }
            return derived;
        }
        String itemRef = columns.get(row, ITEM_REF);
        if (!itemRef.isBlank() && itemRef.length() <= 200) {
            String fromCase = "Vedtak " + itemRef;
            problems.add(new Problem(line, Severity.WARNING, "import.problem.titleFromCase", List.of(fromCase)));
            return fromCase.length() > TextLimits.TITLE ? fromCase.substring(0, TextLimits.TITLE) : fromCase;
        }
        problems.add(new Problem(line, Severity.ERROR, "import.problem.missingTitle", List.of()));
        return null;
    }

    private PoliticalBody body(no.kommune.portal.base.imports.TabularFile.Row row, List<Problem> problems) {
        String cell = columns.get(row, BODY);
        if (!cell.isBlank()) {
            return lookups.body(cell, row.line(), problems);
        }
        if (chosenBody != null) {
            return chosenBody;
        }
        if (columns.has(BODY)) {
            problems.add(new Problem(row.line(), Severity.ERROR, "import.problem.missingBody", List.of()));
        }
        return null;
    }

    private String decisionTitle(no.kommune.portal.base.imports.TabularFile.Row row, String section, String report,
            String caseNumbers, String reference, String title, List<Problem> problems) {
        String own = text(row, DECISION_TITLE, TextLimits.TITLE, problems);
        if (own != null) {
            return own;
        }
        if (isGroupSection(section)) {
            return groupTitle(section, report, title);
        }
        if (options.decisionTitle() != null && !options.decisionTitle().isBlank()) {
            return options.decisionTitle().strip();
        }
        if (!seedFormat && !columns.has(CASE_NUMBERS)) {
            return "Import";
        }
        String fallback = title == null ? "Vedtak" : title;
        return caseNumbers != null || reference != null ? groupTitle(section, report, fallback) : fallback;
    }

    private LocalDate meetingDate(no.kommune.portal.base.imports.TabularFile.Row row, List<Problem> problems) {
        String cell = columns.get(row, DECISION_DATES);
        LocalDate date = firstDate(cell);
        if (date == null && !cell.isBlank() && DATE_LIKE.matcher(cell.strip()).matches()) {
            problems.add(new Problem(row.line(), options.lenient() ? Severity.WARNING : Severity.ERROR,
                    "import.problem.invalidDate", List.of(cell.strip())));
        }
        return date;
    }

    /** A date where the cell is a date; the verbatim text otherwise. An impossible date is an error. */
    private Deadline deadline(no.kommune.portal.base.imports.TabularFile.Row row, List<Problem> problems) {
        String value = columns.get(row, DEADLINE);
        if (value.isBlank()) {
            return new Deadline(null, null);
        }
        Matcher m = DATE_LIKE.matcher(value);
        if (m.matches()) {
            try {
                return new Deadline(toDate(m), null);
            } catch (DateTimeException e) {
                problems.add(new Problem(row.line(), options.lenient() ? Severity.WARNING : Severity.ERROR,
                        "import.problem.invalidDate", List.of(value)));
                return new Deadline(null, value);
            }
        }
        return new Deadline(null, text(row, DEADLINE, 200, problems));
    }

    /** The cell, or null if blank. Too long or with markup: an error that rejects the row, never a cut text. */
    private String text(no.kommune.portal.base.imports.TabularFile.Row row, ImportColumn column, int max,
            List<Problem> problems) {
        String v = columns.get(row, column);
        check(v, columns.header(column), max, row.line(), problems);
        return v.isBlank() ? null : v;
    }

    /**
     * The portal's text rules ({@link SafeText#problem}) for an optional cell: a refusal is an error that rejects the
     * row, said with the portal's message for the rule and the field named by the file's own column heading.
     */
    static void check(String value, String header, int max, int line, List<Problem> problems) {
        SafeText.Problem problem = SafeText.problem(value, max, false);
        if (problem != null) {
            problems.add(new Problem(line, Severity.ERROR, problem.namedKey(), List.of(header, String.valueOf(max))));
        }
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
        if (t.isBlank()) {
            return DecisionKind.VERBAL_DECISION;
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

    /** A title made from a text: its first sentence, at most 200 characters (cut at a word, marked with "..."). */
    static String firstSentence(String text) {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
