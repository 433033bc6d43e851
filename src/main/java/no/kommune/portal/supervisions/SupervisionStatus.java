package no.kommune.portal.supervisions;

/** Where a supervision stands; the label is what the register and the reports print. */
public enum SupervisionStatus {
    OPEN("Åpen"),
    FOLLOW_UP("Under oppfølging"),
    CLOSED("Lukket");

    private final String label;

    SupervisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Translation key of the status name in the UI. */
    public String key() {
        return "supervisions.status." + name();
    }
}
