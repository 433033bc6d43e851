package no.kommune.portal.decisions;

/**
 * The fixed states behind the configurable status labels. Reports, colours and rules (overdue, done
 * needs a text, cancelled needs a reason) use the state, never the label, so a municipality can rename
 * "Iht. plan" without breaking anything.
 */
public enum MandateState {
    OPEN, ON_TRACK, DELAYED, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** CSS class shared by all views ({@code frontend/styles.css}). */
    public String cssClass() {
        return "status-" + name().toLowerCase().replace('_', '-');
    }
}
