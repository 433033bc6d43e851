package no.kommune.portal.deviations;

/** Ny → Under behandling → Tiltak iverksatt → Lukket; a closed deviation can be reopened. */
public enum DeviationStatus {
    NEW, IN_PROGRESS, MEASURES_IMPLEMENTED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Translation key of the status name. */
    public String key() {
        return "deviations.status." + name();
    }
}
