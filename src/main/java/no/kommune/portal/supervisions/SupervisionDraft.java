package no.kommune.portal.supervisions;

import java.time.LocalDate;

/**
 * What a user (or the import) enters for a supervision. Texts are validated and trimmed by the service;
 * {@code deadlineText} is kept verbatim and parsed to a date when it is one.
 */
public record SupervisionDraft(String municipality, Integer year, String sector, Long unitId, String authority,
        String supervisionType, String subject, String findings, String deadlineText, String measures,
        SupervisionStatus status, String statusText, LocalDate openedOn, String datesText, String relatedCase,
        String notes) {

    public static SupervisionDraft of(int year, String sector, String authority, String subject, String findings,
            String deadlineText, String measures) {
        return new SupervisionDraft(null, year, sector, null, authority, null, subject, findings, deadlineText,
                measures, SupervisionStatus.OPEN, null, null, null, null, null);
    }

    public SupervisionDraft withUnit(Long unit) {
        return new SupervisionDraft(municipality, year, sector, unit, authority, supervisionType, subject, findings,
                deadlineText, measures, status, statusText, openedOn, datesText, relatedCase, notes);
    }

    public SupervisionDraft withOpenedOn(LocalDate date) {
        return new SupervisionDraft(municipality, year, sector, unitId, authority, supervisionType, subject, findings,
                deadlineText, measures, status, statusText, date, datesText, relatedCase, notes);
    }

    public SupervisionDraft withRelatedCase(String text) {
        return new SupervisionDraft(municipality, year, sector, unitId, authority, supervisionType, subject, findings,
                deadlineText, measures, status, statusText, openedOn, datesText, text, notes);
    }

    public SupervisionDraft withStatus(SupervisionStatus s) {
        return new SupervisionDraft(municipality, year, sector, unitId, authority, supervisionType, subject, findings,
                deadlineText, measures, s, statusText, openedOn, datesText, relatedCase, notes);
    }
}
