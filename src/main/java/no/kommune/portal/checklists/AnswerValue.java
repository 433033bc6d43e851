package no.kommune.portal.checklists;

/** The answer scale: Ja / Delvis / Nei / Ikke aktuelt. */
public enum AnswerValue {
    YES("Ja"), PARTLY("Delvis"), NO("Nei"), NOT_APPLICABLE("Ikke aktuelt");

    private final String norwegian;

    AnswerValue(String norwegian) {
        this.norwegian = norwegian;
    }

    /** The label printed in reports (bokmål, as in the tertial report). */
    public String norwegian() {
        return norwegian;
    }

    /** Only Nei and Delvis may carry a follow-up action. */
    public boolean allowsAction() {
        return this == NO || this == PARTLY;
    }
}
