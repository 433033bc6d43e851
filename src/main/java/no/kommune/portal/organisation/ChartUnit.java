package no.kommune.portal.organisation;

/**
 * One unit of the administrator's organisation chart: where it sits, its leader's name, whether it is closed, and
 * the version it was read at (every change carries it back, so a stale dialog is refused instead of overwriting).
 */
public record ChartUnit(Long id, Long parentId, OrgUnitType type, String name, String code, Long leaderId,
        String leaderName, boolean active, long version) {

    /** "200 Skolene" when the unit has a code, else the name. */
    public String displayName() {
        return code == null || code.isBlank() ? name : code + " " + name;
    }
}
