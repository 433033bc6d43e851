package no.kommune.portal.organisation;

/** A light, immutable view of one org unit for trees, pickers and scope calculation. */
public record UnitNode(Long id, Long parentId, OrgUnitType type, String name, String code, Long leaderId) {

    public String displayName() {
        return code == null || code.isBlank() ? name : code + " " + name;
    }
}
