package no.kommune.portal.decisions;

import java.util.List;

/**
 * What an import did: the mandates created, the rows that were already in the portal (not imported again),
 * the rows left out as copies of an earlier row of the same file, and each rejected row with its reasons.
 */
public record ImportResult(int created, List<Integer> alreadyImportedLines, List<Integer> duplicateLines,
        List<ImportPreview.Problem> rejected) {

    public long rejectedRows() {
        return rejected.stream().map(ImportPreview.Problem::line).distinct().count();
    }
}
