package no.kommune.portal.decisions;

/**
 * What the follow-up list shows. Every field is optional; {@code text} searches title, description,
 * case numbers and status text.
 */
public record FollowUpFilter(Long bodyId, Integer year, MandateState state, Long responsibleId, Long unitId,
        boolean overdueOnly, boolean notUpdatedOnly, String text, boolean mineOnly) {

    public static FollowUpFilter all() {
        return new FollowUpFilter(null, null, null, null, null, false, false, null, false);
    }

    public FollowUpFilter withState(MandateState newState) {
        return new FollowUpFilter(bodyId, year, newState, responsibleId, unitId, overdueOnly, notUpdatedOnly, text,
                mineOnly);
    }

    public FollowUpFilter mine() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text, true);
    }
}
