package no.kommune.portal.organisation;

import java.util.List;
import no.kommune.portal.organisation.OrgChartImportPreview.Message;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.organisation.OrgChartImportPreview.Severity;

/**
 * What a user import would do, shown before anything is saved: how each column is read, every row with what
 * happens to its account, and every problem with its line (0: the file as a whole). Messages, problems and
 * outcomes are the organisation chart import's, so both previews read alike. All or nothing: while any row has an
 * error, nothing can be imported.
 */
public record UserImportPreview(List<ColumnUse> columns, List<Line> lines, List<Problem> problems) {

    /** How one column of the file is read ({@code column} null: ignored). */
    public record ColumnUse(String header, UserImportColumn column) {
    }

    /** One row as understood: the person as the file gives her (units as found, roles as
     * role names), and what will change on her account. */
    public record Line(int line, String username, String fullName, String email, String units, List<String> roles,
            Outcome outcome, List<Message> changes) {

        public Line {
            roles = List.copyOf(roles);
            changes = List.copyOf(changes);
        }
    }

    public UserImportPreview {
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

    /** Something to save: new or changed accounts, and no error anywhere. */
    public boolean importable() {
        return !hasErrors() && (count(Outcome.NEW) + count(Outcome.UPDATED)) > 0;
    }
}
