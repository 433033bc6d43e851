package no.kommune.portal.supervisions;

import java.time.LocalDate;
import no.kommune.portal.base.Formats;

/** One supervision as the list, the detail and the reports show it. */
public record SupervisionRow(Long id, long version, String sourceKey, String municipality, int year, String sector,
        Long unitId, String unitName, String authority, String supervisionType, String subject, String findings,
        LocalDate deadline, String deadlineText, String measures, SupervisionStatus status, String statusText,
        LocalDate openedOn, String datesText, String relatedCase, String notes, boolean mayEdit,
        boolean mayUpdateMeasures) {

    /** The deadline as the source wrote it, else the date. */
    public String deadlineDisplay() {
        if (deadlineText != null && !deadlineText.isBlank()) {
            return deadlineText;
        }
        return Formats.date(deadline);
    }
}
