package no.kommune.portal.whistleblowing;

/** Returned once, right after a report is received: the code is not stored and cannot be shown again. */
public record Receipt(String code) {
}
