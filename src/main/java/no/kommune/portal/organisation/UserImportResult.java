package no.kommune.portal.organisation;

/** What a user import saved: accounts created, accounts changed, rows unchanged. */
public record UserImportResult(int created, int updated, int unchanged) {
}
