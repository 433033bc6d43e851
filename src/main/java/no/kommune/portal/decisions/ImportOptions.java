package no.kommune.portal.decisions;

/**
 * Choices the user makes on the import page.
 *
 * @param bodyId        the body the decisions belong to, for the seeds' own table layouts (which have no body column)
 * @param decisionTitle title of the decision the rows belong to, for those layouts
 * @param caseNumbers   case number(s) of that decision, for those layouts
 * @param lenient       keep invalid dates, unknown people and unknown statuses verbatim as text (as warnings)
 *                      instead of refusing the file
 */
public record ImportOptions(Long bodyId, String decisionTitle, String caseNumbers, boolean lenient) {

    public static ImportOptions strict() {
        return new ImportOptions(null, null, null, false);
    }

    public static ImportOptions lenientImport() {
        return new ImportOptions(null, null, null, true);
    }
}
