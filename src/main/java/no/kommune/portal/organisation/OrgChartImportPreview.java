package no.kommune.portal.organisation;

import java.util.List;

/**
 * What an organisation chart import would do, shown before anything is saved: how each column of the file is read,
 * every row with what happens to its unit, and every problem, pointing at its line (0: the file as a whole). The
 * import is all or nothing: while any row has an error, nothing can be imported.
 */
public record OrgChartImportPreview(List<ColumnUse> columns, List<Line> lines, List<Problem> problems) {

    public enum Severity { ERROR, WARNING }

    /** What happens to the unit a row names. */
    public enum Outcome { NEW, UPDATED, UNCHANGED, DUPLICATE, REJECTED }

    /** A message as a translation key with its arguments. */
    public record Message(String key, List<String> args) {

        public Message {
            args = List.copyOf(args);
        }
    }

    public record Problem(int line, Severity severity, String messageKey, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    /** How one column of the file is read ({@code column} null: ignored). */
    public record ColumnUse(String header, OrgChartColumn column) {
    }

    /**
     * One row as understood: the unit's path from the top ("Oppvekst › Skolene"), its level, code and leader as the
     * file gives them, and what will change (units created on the way, rename, move, code, leader).
     */
    public record Line(int line, String path, OrgUnitType type, String code, String leader, Outcome outcome,
            List<Message> changes) {

        public Line {
            changes = List.copyOf(changes);
        }
    }

    public OrgChartImportPreview {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** Rows with at least one error. */
    public long rowsWithErrors() {
        return problems.stream().filter(p -> p.line() > 0 && p.severity() == Severity.ERROR).map(Problem::line)
                .distinct().count();
    }

    /** Something to save: new or changed units, and no error anywhere. */
    public boolean importable() {
        return !hasErrors() && (count(Outcome.NEW) + count(Outcome.UPDATED)) > 0;
    }
}
