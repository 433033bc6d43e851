package no.kommune.portal.whistleblowing;

/** How a report came in: an employee signed in to the portal, or anyone through the public page. */
public enum Channel {
    EMPLOYEE, PUBLIC
}
