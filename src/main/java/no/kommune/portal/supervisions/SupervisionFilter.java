package no.kommune.portal.supervisions;

/** Filters of the register list and its export; null means "any". */
public record SupervisionFilter(Integer year, String sector, String authority, SupervisionStatus status, Long unitId,
        String text) {

    public static SupervisionFilter all() {
        return new SupervisionFilter(null, null, null, null, null, null);
    }

    public static SupervisionFilter ofYear(int year) {
        return new SupervisionFilter(year, null, null, null, null, null);
    }

    public SupervisionFilter withText(String t) {
        return new SupervisionFilter(year, sector, authority, status, unitId, t);
    }

    public SupervisionFilter withStatus(SupervisionStatus s) {
        return new SupervisionFilter(year, sector, authority, s, unitId, text);
    }
}
