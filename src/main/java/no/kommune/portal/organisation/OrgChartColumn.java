package no.kommune.portal.organisation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The columns of the organisation chart import, each with the portal's own name (the template's heading, as in
 * {@code tjenesteområde;enhet;avdeling;kode;leder_epost}) and the other names HR exports use. One row is one unit:
 * the deepest filled level column names it, the columns to its left name the units above it (created when
 * missing). Code and leader belong to the row's own unit. The import page lists the columns from here, so the
 * page, the template and the reader cannot drift apart.
 */
public enum OrgChartColumn {
    SERVICE_AREA("tjenesteområde", OrgUnitType.SERVICE_AREA, "tjenesteomrade", "sektor", "rammeområde",
            "kommunalområde", "service_area"),
    UNIT("enhet", OrgUnitType.UNIT, "virksomhet", "unit"),
    DEPARTMENT("avdeling", OrgUnitType.DEPARTMENT, "seksjon", "department"),
    CODE("kode", null, "enhetskode", "ansvar", "ansvarsnummer", "code"),
    LEADER_EMAIL("leder_epost", null, "leder e-post", "leders e-post", "e-post leder", "leader_email");

    /** The level columns, top down. */
    public static final List<OrgChartColumn> LEVELS = List.of(SERVICE_AREA, UNIT, DEPARTMENT);

    private final String portalName;
    private final OrgUnitType level;
    private final List<String> otherNames;

    OrgChartColumn(String portalName, OrgUnitType level, String... otherNames) {
        this.portalName = portalName;
        this.level = level;
        this.otherNames = List.of(otherNames);
    }

    /** The heading in the template and the README. */
    public String portalName() {
        return portalName;
    }

    /** The type of unit the column names; null for code and leader. */
    public OrgUnitType level() {
        return level;
    }

    /** The other names the column is recognised by (case, spaces, "-" and "_" do not matter). */
    public List<String> otherNames() {
        return otherNames;
    }

    /** Translation key of the column's description on the import page. */
    public String descriptionKey() {
        return "org.import.column." + name();
    }

    static OrgChartColumn recognise(String header) {
        String h = normalise(header);
        for (OrgChartColumn column : values()) {
            if (Stream.concat(Stream.of(column.portalName), column.otherNames.stream())
                    .anyMatch(n -> normalise(n).equals(h))) {
                return column;
            }
        }
        return null;
    }

    /** Letters and digits only, lower case: "Leder e-post", "leder_epost" and "LEDER EPOST" are one name. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
