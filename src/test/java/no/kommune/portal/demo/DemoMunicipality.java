package no.kommune.portal.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kommune.portal.base.imports.TabularFile;

/**
 * Which municipality the demo run is (issue 12 item 3): {@code -Dportal.demo.municipality=roros} (the default) or
 * {@code elverum}. Each loads only its own rows of ../shared/domain/data/ (the CSVs' {@code municipality} column)
 * into its own organisation, in its own database:
 * <ul>
 *   <li>Røros: profile {@code dev}, database {@code ./data/mariadb}, Liquibase context {@code demo} (009, 190, 196);</li>
 *   <li>Elverum: profiles {@code dev} and {@code dev-elverum}, database {@code ./data/mariadb-elverum}, context
 *       {@code demo-elverum} (195).</li>
 * </ul>
 * The tests do the same with profiles {@code demotest} and {@code demotest-elverum}.
 */
public enum DemoMunicipality {

    ROROS("roros", "Røros", "Røros kommune", "Marit Trollerud", "Dag Øyen", Map.ofEntries(
            // sector_or_unit of supervisions.csv → unit id in 009-demo-organisation.sql
            Map.entry("Barnevern", 105L),
            Map.entry("Barneverntjenesten", 105L),
            Map.entry("Barnehager", 102L),
            Map.entry("Hjemmebaserte tjenester", 108L),
            Map.entry("Tekniske områder (byggesak)", 112L),
            Map.entry("Bygningsadministrasjon", 112L),
            Map.entry("Virksomhet for tekniske områder", 15L),
            Map.entry("Virksomhet for kultur og fritid", 114L),
            Map.entry("Sentraladministrasjonen", 100L),
            Map.entry("Stab og støtte (sentraladministrasjonen)", 100L))),

    ELVERUM("elverum", "Elverum", "Elverum kommune", "Askild Bø", "Marianne Holm Midthun", Map.ofEntries(
            // sector_or_unit of supervisions.csv → unit id in 195-demo-elverum-organisation.sql
            Map.entry("Sektor for helse, mestring og omsorg", 17L),
            Map.entry("Sektor for skole", 15L),
            Map.entry("Eiendomsstaben", 14L),
            Map.entry("Service- og IKT-staben", 13L)));

    /** The setting's name: a system property of the demo run, a property of the test profiles. */
    public static final String SETTING = "portal.demo.municipality";

    private final String setting;
    private final String csvName;
    private final String unitName;
    private final String leaderName;
    private final String leader2Name;
    private final Map<String, Long> supervisionUnits;

    DemoMunicipality(String setting, String csvName, String unitName, String leaderName, String leader2Name,
            Map<String, Long> supervisionUnits) {
        this.setting = setting;
        this.csvName = csvName;
        this.unitName = unitName;
        this.leaderName = leaderName;
        this.leader2Name = leader2Name;
        this.supervisionUnits = supervisionUnits;
    }

    /** The municipality the setting names; empty means Røros. Anything else is refused with the allowed values. */
    public static DemoMunicipality of(String setting) {
        String s = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return ROROS;
        }
        for (DemoMunicipality m : values()) {
            if (m.setting.equals(s) || m.csvName.toLowerCase(Locale.ROOT).equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException(SETTING + "=" + setting + " is not a demo municipality: use roros or elverum");
    }

    /** The Spring profiles of the demo run ({@code DevApplication}). */
    public List<String> devProfiles() {
        return this == ROROS ? List.of("dev") : List.of("dev", "dev-" + setting);
    }

    public String setting() {
        return setting;
    }

    /** The value of the CSVs' {@code municipality} column, e.g. "Røros". */
    public String csvName() {
        return csvName;
    }

    /** The root unit of the demo organisation, e.g. "Røros kommune". */
    public String unitName() {
        return unitName;
    }

    /** Full names of the demo logins {@code leder} and {@code leder2}. */
    public String leaderName(String username) {
        return "leder2".equals(username) ? leader2Name : leaderName;
    }

    /** The demo unit a supervision's {@code sector_or_unit} belongs to, or null. */
    public Long supervisionUnit(String sector) {
        return supervisionUnits.get(sector);
    }

    public boolean owns(TabularFile.Row row) {
        return csvName.equals(row.get("municipality"));
    }

    /**
     * The CSV with only this municipality's rows; the other rows become empty lines, so every kept row keeps its
     * line number (the import history says "linje 23" of the seeds' file). The seeds' files have one row per line.
     */
    public byte[] onlyOwnRows(byte[] csv, String fileName) {
        Set<Integer> own = new HashSet<>();
        for (TabularFile.Row row : TabularFile.read(csv, fileName)) {
            if (owns(row)) {
                own.add(row.line());
            }
        }
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n", -1);
        StringBuilder out = new StringBuilder(csv.length);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (line == 1 || own.contains(line)) {
                out.append(lines[i]);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
