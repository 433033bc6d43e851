package no.kommune.portal.decisions;

import java.util.List;

/**
 * What an import would do, shown before anything is saved: the rows understood, the problems found
 * (errors stop the import; warnings do not) and how many rows are already in the portal.
 */
public record ImportPreview(List<Line> lines, List<Problem> problems, int newRows, int duplicateRows) {

    public enum Severity { ERROR, WARNING }

    /** One problem, as a translation key with arguments, pointing at the line of the file. */
    public record Problem(int line, Severity severity, String messageKey, List<String> args) {
    }

    /** One understood row. */
    public record Line(int line, String decision, String body, String itemRef, String title, String deadline,
            String status, String responsible, boolean duplicate) {
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
