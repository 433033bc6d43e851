package no.kommune.portal.organisation;

/** Kinds of political and joint bodies found in the seeds' annual reports. */
public enum BodyType {
    /** Kommunestyre, the highest elected body. */
    COUNCIL,
    /** Formannskap. */
    EXECUTIVE_COMMITTEE,
    /** Utvalg / komité. */
    COMMITTEE,
    /** Kontrollutvalg. */
    CONTROL_COMMITTEE,
    /** Partssammensatt utvalg (administrasjonsutvalg, AMU). */
    JOINT_COMMITTEE,
    /** Lovpålagt eller rådgivende råd (eldreråd, ungdomsråd ...). */
    COUNCIL_ADVISORY
}
