package no.kommune.portal.deviations;

/**
 * Filters of the handling list. {@code unitId} includes the units below it; {@code openOnly} means every
 * status but closed; {@code mineOnly} means reported by the signed-in user.
 */
public record DeviationFilter(DeviationStatus status, boolean openOnly, Long unitId, Long categoryId,
        boolean mineOnly) {

    public static DeviationFilter all() {
        return new DeviationFilter(null, false, null, null, false);
    }

    public static DeviationFilter mine() {
        return new DeviationFilter(null, false, null, null, true);
    }

    public DeviationFilter withStatus(DeviationStatus s) {
        return new DeviationFilter(s, openOnly, unitId, categoryId, mineOnly);
    }

    public DeviationFilter withUnit(Long unit) {
        return new DeviationFilter(status, openOnly, unit, categoryId, mineOnly);
    }
}
