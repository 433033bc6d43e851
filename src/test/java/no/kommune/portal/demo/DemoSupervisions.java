package no.kommune.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo run only (test classpath, profiles dev/demotest): imports the demo municipality's rows of the seeds'
 * supervisions.csv (Røros 18, Elverum 12 of 30; {@link DemoMunicipality}) through the real service, texts
 * verbatim. The deadline keeps its text ("2026", "Oktober 2025", "Besvart innen fristen.") and gets a date only
 * where it is one. Rows whose sector
 * matches a unit of the demo municipality are attached to it, so the demo leaders see their own supervisions.
 * Idempotent by record_id: the next start finds every row and creates nothing.
 */
@Component
@Profile({"dev", "demotest"})
class DemoSupervisions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervisions.class);

    private final SupervisionService service;
    private final OrganisationService organisation;
    private final DemoMunicipality municipality;

    DemoSupervisions(SupervisionService service, OrganisationService organisation, DemoMunicipality municipality) {
        this.service = service;
        this.organisation = organisation;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var auth = UsernamePasswordAuthenticationToken.authenticated("demo", "n/a",
                java.util.List.of(new SimpleGrantedAuthority("ROLE_" + Roles.QUALITY)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try (InputStream in = getClass().getResourceAsStream("/demo/supervisions.csv")) {
            int created = 0;
            for (TabularFile.Row row : TabularFile.read(in.readAllBytes(), "supervisions.csv")) {
                if (municipality.owns(row) && service.importRecord(row.get("record_id"), draftOf(row))) {
                    created++;
                }
            }
            log.info("Demo {}: imported {} supervisions from supervisions.csv", municipality.csvName(), created);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private SupervisionDraft draftOf(TabularFile.Row r) {
        String sector = r.get("sector_or_unit");
        Long unitId = municipality.supervisionUnit(sector);
        if (unitId != null && organisation.findUnit(unitId).isEmpty()) {
            unitId = null;
        }
        String dates = blankToNull(r.get("opened_or_event_dates"));
        LocalDate opened = openedOn(dates);
        return new SupervisionDraft(blankToNull(r.get("municipality")), Integer.valueOf(r.get("year")), sector,
                unitId, blankToNull(r.get("authority")), blankToNull(r.get("supervision_type")), r.get("subject"),
                blankToNull(r.get("findings_avvik_palegg")), blankToNull(r.get("deadline_frist_lukking")),
                blankToNull(r.get("measures_comment")), statusOf(r.get("status_phrase"), r.get("measures_comment")),
                blankToNull(r.get("status_phrase")), opened, dates, blankToNull(DemoText.forUsers(r.get("related_case"))),
                null); // the CSV's notes are the transcriber's (in English), not the municipality's
    }

    /** The first date in "30.10.22 - 04.11.22" or "26.02.2025", if it is one and not in the future. */
    static LocalDate openedOn(String dates) {
        if (dates == null) {
            return null;
        }
        String first = dates.split("\\s+-\\s+")[0];
        return SupervisionService.parseDate(first)
                .filter(d -> !d.isAfter(LocalDate.now(Formats.ZONE))).orElse(null);
    }

    /** Derives Åpen / Under oppfølging / Lukket from the status phrase the seeds print. */
    static SupervisionStatus statusOf(String phrase, String measures) {
        String p = (phrase == null || phrase.isBlank() ? measures : phrase).toLowerCase(Locale.ROOT);
        if (p.contains("ikke gjennomført")) {
            return SupervisionStatus.OPEN;
        }
        if (p.contains("pågående") || p.contains("pågår") || p.contains("venter") || p.contains("krever")
                || p.contains("innsendt") || p.contains("startet") || p.contains("sluttføres")
                || p.contains("utsatt")) {
            return SupervisionStatus.FOLLOW_UP;
        }
        if (p.contains("lukket") || p.contains("gjennomført") || p.contains("fulgt opp") || p.contains("deltatt")
                || p.contains("ikke vært") || p.contains("ikke blitt")) {
            return SupervisionStatus.CLOSED;
        }
        return SupervisionStatus.OPEN;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
