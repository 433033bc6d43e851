package no.kommune.portal.organisation;

/** What an organisation chart import saved: units created (ancestors included), units changed, rows unchanged. */
public record OrgChartImportResult(int created, int updated, int unchanged) {
}
