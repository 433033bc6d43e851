package no.kommune.portal.decisions;

/** What kind of political decision a follow-up item comes from. */
public enum DecisionKind {
    /** Ordinary political case (sak) in a body. */
    POLITICAL_CASE,
    /** A numbered point in a budget/HØP decision. */
    BUDGET_POINT,
    /** Verbal decision or adopted verbal proposal (verbalvedtak/verbalforslag). */
    VERBAL_DECISION,
    /** Answer to an interpellation or question. */
    INTERPELLATION,
    /** Mandate given to a committee, or an order (bestilling). */
    MANDATE_TO_COMMITTEE
}
