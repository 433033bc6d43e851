package no.kommune.portal.organisation;

/**
 * A light, immutable view of one org unit for trees, pickers and scope calculation. {@code active} is false for a
 * closed unit (decision 020): it stays in the tree for history, filters and reports, but takes no new work.
 */
public record UnitNode(Long id, Long parentId, OrgUnitType type, String name, String code, Long leaderId,
        boolean active) {

    /** An active unit (light callers and tests that do not care about closed units). */
    public UnitNode(Long id, Long parentId, OrgUnitType type, String name, String code, Long leaderId) {
        this(id, parentId, type, name, code, leaderId, true);
    }

    public String displayName() {
        return code == null || code.isBlank() ? name : code + " " + name;
    }
}
