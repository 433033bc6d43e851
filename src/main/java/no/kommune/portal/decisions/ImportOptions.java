package no.kommune.portal.decisions;

import java.util.Map;

/**
 * Choices the user makes on the import page.
 *
 * @param bodyId        the body the decisions belong to, for files without a body column (the seeds' tables)
 * @param decisionTitle title of the decision the rows belong to, for files without a decision column
 * @param caseNumbers   case number(s) of that decision, for files without a case-number column
 * @param lenient       keep invalid dates, unknown people and unknown statuses verbatim as text (as warnings)
 *                      instead of rejecting the row
 * @param columns       the user's choices in the preview: file heading → column (null: ignore the column);
 *                      headings not chosen are recognised by name
 */
public record ImportOptions(Long bodyId, String decisionTitle, String caseNumbers, boolean lenient,
        Map<String, ImportColumn> columns) {

    public ImportOptions {
        columns = columns == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(columns));
    }

    public ImportOptions(Long bodyId, String decisionTitle, String caseNumbers, boolean lenient) {
        this(bodyId, decisionTitle, caseNumbers, lenient, Map.of());
    }

    public static ImportOptions strict() {
        return new ImportOptions(null, null, null, false);
    }

    public static ImportOptions lenientImport() {
        return new ImportOptions(null, null, null, true);
    }

    public ImportOptions withColumns(Map<String, ImportColumn> choices) {
        return new ImportOptions(bodyId, decisionTitle, caseNumbers, lenient, choices);
    }
}
