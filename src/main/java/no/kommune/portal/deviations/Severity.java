package no.kommune.portal.deviations;

/** How serious the event was (or could have been). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String key() {
        return "deviations.severity." + name();
    }
}
