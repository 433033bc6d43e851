package no.kommune.portal.organisation;

/** Levels of the municipal organisation, top down. */
public enum OrgUnitType {
    /** The kommune itself (root). */
    MUNICIPALITY,
    /** Rammeområde / sektor / tjenesteområde / stab. */
    SERVICE_AREA,
    /** Virksomhet / enhet, often with a code such as 200. */
    UNIT,
    /** Avdeling under a unit. */
    DEPARTMENT
}
