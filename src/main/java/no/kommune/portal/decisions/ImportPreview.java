package no.kommune.portal.decisions;

import java.util.List;

/**
 * What an import would do, shown before anything is saved: how the file's columns are read, every row with
 * what will happen to it, and the problems found, each pointing at its line (0: the file as a whole). A row
 * with an error is rejected on its own; the other rows can still be imported.
 */
public record ImportPreview(List<ColumnUse> columns, List<Line> lines, List<Problem> problems) {

    public enum Severity { ERROR, WARNING }

    /** What happens to one row. */
    public enum Outcome { NEW, ALREADY_IMPORTED, DUPLICATE_IN_FILE, REJECTED }

    /** One problem, as a translation key with arguments, pointing at the line of the file. */
    public record Problem(int line, Severity severity, String messageKey, List<String> args) {
    }

    /** One row of the file as understood. */
    public record Line(int line, String decision, String body, String itemRef, String title, String deadline,
            String status, String responsible, Outcome outcome) {
    }

    /**
     * How one column of the file is read: as {@code column}, or ignored (column null). {@code chosenIgnored}: the
     * user chose to ignore it; {@code alreadyTaken}: another column of the file already is that column.
     */
    public record ColumnUse(String header, ImportColumn column, boolean chosenIgnored, boolean alreadyTaken) {
    }

    /** Problems that stop the whole file (line 0): nothing can be imported until they are fixed. */
    public boolean hasFileErrors() {
        return problems.stream().anyMatch(p -> p.line() == 0 && p.severity() == Severity.ERROR);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public int newRows() {
        return (int) count(Outcome.NEW);
    }

    public int duplicateRows() {
        return (int) count(Outcome.ALREADY_IMPORTED);
    }

    public List<Problem> problemsOf(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }
}
