package no.kommune.portal.organisation;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of the user import, each with the portal's own name (the template's heading, as in
 * {@code navn;e-post;brukernavn;enheter;roller;leder_for}) and the other names HR exports use. One row is one
 * person. The import page, the template and the README list the columns from here.
 */
public enum UserImportColumn {
    NAME("navn", true, "fullt navn", "fullt_navn", "fulltnavn", "name", "full name"),
    EMAIL("e-post", true, "epost", "e-postadresse", "email", "e-mail", "mail"),
    USERNAME("brukernavn", true, "bruker", "brukerid", "username", "user"),
    UNITS("enheter", false, "enhet", "arbeidssted", "units"),
    ROLES("roller", false, "rolle", "roles"),
    LEADS("leder_for", false, "leder for", "leder av", "leads");

    private final String portalName;
    private final boolean required;
    private final List<String> otherNames;

    UserImportColumn(String portalName, boolean required, String... otherNames) {
        this.portalName = portalName;
        this.required = required;
        this.otherNames = List.of(otherNames);
    }

    /** The heading in the template and the README. */
    public String portalName() {
        return portalName;
    }

    /** A file without this column cannot be read; a row with the cell empty is an error. */
    public boolean required() {
        return required;
    }

    /** The other names the column is recognised by (case, spaces, "-" and "_" do not matter). */
    public List<String> otherNames() {
        return otherNames;
    }

    /** Translation key of the column's description on the import page. */
    public String descriptionKey() {
        return "users.import.column." + name();
    }

    static UserImportColumn recognise(String header) {
        String h = OrgChartColumn.normalise(header);
        for (UserImportColumn column : values()) {
            if (Stream.concat(Stream.of(column.portalName), column.otherNames.stream())
                    .anyMatch(n -> OrgChartColumn.normalise(n).equals(h))) {
                return column;
            }
        }
        return null;
    }
}
