package no.kommune.portal.decisions;

import java.util.List;
import java.util.Locale;

/**
 * The columns the decision import understands, each with the portal's own name (as in {@code decisions.csv}),
 * the Norwegian heading of the template and the other names municipalities use for it (the seeds' tables
 * "Oppdrag | Beskrivelse | Status | Beskrivelse status | Saksreferanse | Oppdragseier | Ansvarlig" and
 * "Punkt i vedtak | Tema | Frist | Ansvarlig | Kommentar" among them). The import page lists them from here,
 * so the page, the template and the reader cannot drift apart.
 */
public enum ImportColumn {
    BODY("body", "Organ", "organ", "politisk organ", "utvalg"),
    CASE_NUMBERS("case_numbers", "Saksnummer", "saksnr", "saksnr.", "sak", "saker", "saksnumre"),
    DECISION_DATES("decision_dates", "Vedtaksdato", "møtedato", "dato", "vedtatt"),
    DECISION_TITLE("decision_title", "Vedtak", "vedtakets tittel", "sakstittel"),
    ITEM_REF("item_ref", "Punkt", "punkt i vedtak", "nr", "nr.", "punktnr"),
    TITLE("title", "Oppdrag", "tittel", "oppdragets tittel", "overskrift"),
    DESCRIPTION("description", "Beskrivelse", "tema", "vedtakstekst", "tekst"),
    DEADLINE("deadline", "Frist", "tidsfrist"),
    OWNER("owner", "Oppdragseier", "eier"),
    RESPONSIBLE("responsible", "Ansvarlig", "ansvarlige"),
    STATUS("status", "Status"),
    STATUS_COMMENT("status_comment", "Beskrivelse status", "statusbeskrivelse", "statuskommentar", "kommentar",
            "gjennomføring – kommentar"),
    REFERENCE("reference", "Saksreferanse", "arkivreferanse", "arkivsak"),
    RECORD_TYPE("record_type", "Type", "vedtakstype"),
    RECORD_ID("record_id", "Radnøkkel", "id", "løpenummer"),
    SECTION("section", "Kapittel", "seksjon"),
    REPORT("report", "Rapport"),
    REPORT_YEAR("report_year", "Rapportår");

    /** The columns of the downloadable template, in order (the seeds' bookkeeping columns are left out). */
    public static final List<ImportColumn> TEMPLATE = List.of(BODY, CASE_NUMBERS, DECISION_DATES, DECISION_TITLE,
            ITEM_REF, TITLE, DESCRIPTION, DEADLINE, OWNER, RESPONSIBLE, STATUS, STATUS_COMMENT, REFERENCE, RECORD_ID);

    private final String portalName;
    private final String heading;
    private final List<String> otherNames;

    ImportColumn(String portalName, String heading, String... otherNames) {
        this.portalName = portalName;
        this.heading = heading;
        this.otherNames = List.of(otherNames);
    }

    /** The name in the portal's own format ({@code decisions.csv}). */
    public String portalName() {
        return portalName;
    }

    /** The heading in the template. */
    public String heading() {
        return heading;
    }

    /** Every name this column is recognised by, the template heading first. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(heading, portalName), otherNames.stream())
                .toList();
    }

    /** Translation keys of the column's description on the import page. */
    public String descriptionKey() {
        return "decisions.import.column." + portalName;
    }

    public boolean matches(String header) {
        String h = normalise(header);
        return names().stream().anyMatch(n -> normalise(n).equals(h));
    }

    static String normalise(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").replace('-', '–').toLowerCase(Locale.ROOT);
    }
}
