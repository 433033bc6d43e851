package no.kommune.portal.decisions;

import no.kommune.portal.base.Link;

/**
 * The pages of the decisions feature (decisions, mandates and their follow-up), for start pages, notifications
 * and mails. The route constants and query parameter names are the views' too ({@code @Route} values and what
 * {@code beforeEnter} reads), so the views and the links to them are written in one place.
 */
public final class DecisionLinks {

    /** The case register: decisions per case. */
    public static final String CASES = "vedtak";
    public static final String REGISTER = "vedtak/ny";
    /** Correcting a decision; with its id ({@code vedtak/rediger/42}). */
    public static final String EDIT = "vedtak/rediger";
    public static final String IMPORT = "vedtak/import";
    /** The follow-up list of all mandates the user may see, filtered by the query parameters below. */
    public static final String FOLLOW_UP = "oppfolging";
    /** One mandate; with its id ({@code oppfolging/oppdrag/42}). */
    public static final String MANDATE = "oppfolging/oppdrag";
    public static final String PERIODS = "oppfolging/perioder";
    public static final String STATUS_LABELS = "oppfolging/statuser";
    /** The signed-in user's own mandates, with the flags {@link #OVERDUE}, {@link #DUE_SOON}, {@link #NOT_UPDATED}. */
    public static final String MY_MANDATES = "mine-oppdrag";

    /** Query parameters of the follow-up list: ids, a year, a {@link MandateState} name. */
    public static final String BODY = "organ";
    public static final String YEAR = "aar";
    public static final String STATE = "status";
    public static final String UNIT = "enhet";
    public static final String RESPONSIBLE = "ansvarlig";
    /** Query flags of the follow-up list and (the first three) of the user's own mandates. */
    public static final String OVERDUE = "forsinket";
    public static final String DUE_SOON = "snart";
    public static final String NOT_UPDATED = "ikkeOppdatert";
    public static final String DEADLINE_UNCLEAR = "fristUklar";
    public static final String EARLIER_YEARS = "tidligereAar";

    private DecisionLinks() {
    }

    public static Link mandate(long id) {
        return Link.to(MANDATE + "/" + id);
    }

    public static Link followUp() {
        return Link.to(FOLLOW_UP);
    }

    /** The follow-up list of one state, of one political body or (body null) of all. */
    public static Link followUp(Long bodyId, MandateState state) {
        return ofBody(bodyId).with(STATE, state.name());
    }

    /** The mandates past their deadline, of one political body or (body null) of all. */
    public static Link overdue(Long bodyId) {
        return ofBody(bodyId).withFlag(OVERDUE);
    }

    /** The follow-up list of a unit and the units below it. */
    public static Link followUpOfUnit(long unitId) {
        return followUp().with(UNIT, unitId);
    }

    /** The mandates past their deadline that one person is responsible for. */
    public static Link overdueOfResponsible(long userId) {
        return followUp().with(RESPONSIBLE, userId).withFlag(OVERDUE);
    }

    public static Link myMandates() {
        return Link.to(MY_MANDATES);
    }

    public static Link myOverdueMandates() {
        return myMandates().withFlag(OVERDUE);
    }

    public static Link myMandatesDueSoon() {
        return myMandates().withFlag(DUE_SOON);
    }

    public static Link myMandatesNotUpdated() {
        return myMandates().withFlag(NOT_UPDATED);
    }

    public static Link periods() {
        return Link.to(PERIODS);
    }

    public static Link statusLabels() {
        return Link.to(STATUS_LABELS);
    }

    private static Link ofBody(Long bodyId) {
        return bodyId == null ? followUp() : followUp().with(BODY, bodyId);
    }
}
