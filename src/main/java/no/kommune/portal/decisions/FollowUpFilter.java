package no.kommune.portal.decisions;

/**
 * What the follow-up list shows. Every field is optional; each word of {@code text} must be in the mandate's title,
 * description or status text or its decision's case numbers or title (decision 026); {@code dueWithinDays} keeps
 * open mandates whose deadline is from today up to that many days ahead.
 *
 * <p>{@code state} is the <em>effective</em> state: DELAYED means delayed by the one definition ({@link Delay}),
 * and the other open states exclude delayed mandates, so the counters add up to the list. {@code overdueOnly}
 * ("forsinket") keeps the delayed ones; {@code unclearOnly} those whose deadline text names no date;
 * {@code earlierYearsOnly} open mandates decided (origin) before this year.
 */
public record FollowUpFilter(Long bodyId, Integer year, MandateState state, Long responsibleId, Long unitId,
        boolean overdueOnly, boolean notUpdatedOnly, String text, boolean mineOnly, Integer dueWithinDays,
        boolean unclearOnly, boolean earlierYearsOnly) {

    /** "Due soon" on start pages and in my mandates. */
    public static final int DUE_SOON_DAYS = 30;

    public FollowUpFilter(Long bodyId, Integer year, MandateState state, Long responsibleId, Long unitId,
            boolean overdueOnly, boolean notUpdatedOnly, String text, boolean mineOnly, Integer dueWithinDays) {
        this(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text, mineOnly, dueWithinDays,
                false, false);
    }

    public FollowUpFilter(Long bodyId, Integer year, MandateState state, Long responsibleId, Long unitId,
            boolean overdueOnly, boolean notUpdatedOnly, String text, boolean mineOnly) {
        this(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text, mineOnly, null);
    }

    public static FollowUpFilter all() {
        return new FollowUpFilter(null, null, null, null, null, false, false, null, false, null);
    }

    public FollowUpFilter withState(MandateState newState) {
        return new FollowUpFilter(bodyId, year, newState, responsibleId, unitId, overdueOnly, notUpdatedOnly, text,
                mineOnly, dueWithinDays, unclearOnly, earlierYearsOnly);
    }

    public FollowUpFilter mine() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text, true,
                dueWithinDays, unclearOnly, earlierYearsOnly);
    }

    /** Delayed by the one definition (reported Forsinket, or open past the resolved deadline). */
    public FollowUpFilter overdue() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, true, notUpdatedOnly, text, mineOnly,
                dueWithinDays, unclearOnly, earlierYearsOnly);
    }

    public FollowUpFilter notUpdated() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, true, text, mineOnly,
                dueWithinDays, unclearOnly, earlierYearsOnly);
    }

    public FollowUpFilter dueWithin(int days) {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text,
                mineOnly, days, unclearOnly, earlierYearsOnly);
    }

    public FollowUpFilter ofBody(Long id) {
        return new FollowUpFilter(id, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text, mineOnly,
                dueWithinDays, unclearOnly, earlierYearsOnly);
    }

    public FollowUpFilter unclear() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text,
                mineOnly, dueWithinDays, true, earlierYearsOnly);
    }

    public FollowUpFilter earlierYears() {
        return new FollowUpFilter(bodyId, year, state, responsibleId, unitId, overdueOnly, notUpdatedOnly, text,
                mineOnly, dueWithinDays, unclearOnly, true);
    }
}
