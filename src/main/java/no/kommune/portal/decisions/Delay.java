package no.kommune.portal.decisions;

import java.time.LocalDate;

/**
 * The one definition of "delayed" (Forsinket): the reported status is Forsinket, or the mandate is open and its
 * deadline (resolved by {@link DeadlineResolver}) has passed. Counters, filters, start pages, exports and the
 * report pack all use it, in the database through the derived columns it computes.
 */
public final class Delay {

    /** "Delayed since" for a reported Forsinket: any day counts, so the range condition always holds. */
    static final LocalDate ALWAYS = LocalDate.EPOCH;
    /** attention_order = group * GROUP + epoch day of the due date; epoch days stay below 100 000 until year 2243. */
    private static final long GROUP = 100_000L;
    private static final long NO_DATE = GROUP - 1;

    private Delay() {
    }

    /** The derived columns of one mandate. */
    public record Derived(LocalDate dueDate, boolean unclear, LocalDate delayedSince, long attentionOrder) {
        public boolean isDelayedOn(LocalDate today) {
            return delayedSince != null && !delayedSince.isAfter(today);
        }
    }

    public static Derived derive(LocalDate deadline, String deadlineText, MandateState state) {
        DeadlineResolver.Resolution r = DeadlineResolver.resolve(deadline, deadlineText);
        LocalDate due = r.date();
        LocalDate delayedSince;
        int group;
        if (state.isClosed()) {
            delayedSince = null;
            group = 3;
        } else if (state == MandateState.DELAYED) {
            delayedSince = ALWAYS;
            group = 0;
        } else if (due != null) {
            delayedSince = due.plusDays(1);
            group = 1;
        } else {
            delayedSince = null;
            group = 2;
        }
        long day = due == null ? (group == 0 ? 0 : NO_DATE) : Math.max(0, Math.min(NO_DATE, due.toEpochDay()));
        return new Derived(due, r.unclear(), delayedSince, group * GROUP + day);
    }
}
