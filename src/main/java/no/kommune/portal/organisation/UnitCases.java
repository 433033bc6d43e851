package no.kommune.portal.organisation;

import java.util.List;

/**
 * What a feature keeps per unit, seen from closing that unit (decision 020). Each feature that has rows pointing at
 * a unit implements it and says what "open" means for its own rows; closing a unit asks every implementation to
 * count, to refuse (when its open rows cannot go to the chosen unit) and then to move the open rows, writing each
 * move in the feature's own history. Closed or finished rows stay with the closed unit: that is their history.
 * An interface here, implemented in the features, keeps organisation free of dependencies on them.
 */
public interface UnitCases {

    /** Translation key of the line in the closing dialog, with the count as {0} ("{0} åpne avvik"). */
    String countKey();

    /** The unit's open rows that closing it would move. */
    long countOpen(OrgUnit unit);

    /** Why the open rows cannot be moved to {@code target}; empty when they can. */
    List<Refusal> refusals(OrgUnit unit, OrgUnit target);

    /**
     * Moves the unit's open rows to {@code target} and writes each move to the feature's history with
     * {@code reason} (stored as data, in bokmål, like the other history texts). Returns how many were moved.
     */
    int moveOpen(OrgUnit unit, OrgUnit target, String reason);

    /** A reason to refuse the closing, as a translation key with its arguments. */
    record Refusal(String messageKey, List<String> args) {

        public Refusal {
            args = List.copyOf(args);
        }
    }
}
