package no.kommune.portal.whistleblowing;

/** Where a whistleblowing case stands; the reporter sees it through the receipt code. */
public enum CaseStatus {
    RECEIVED, IN_PROGRESS, CLOSED;

    public String key() {
        return "whistleblowing.status." + name();
    }
}
