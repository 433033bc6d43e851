package no.kommune.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import no.kommune.portal.decisions.DecisionImporter;
import no.kommune.portal.decisions.ImportOptions;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.Roles;
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
 * decisions.csv (Røros 28, Elverum 39 of 67; {@link DemoMunicipality}) through the real importer, in lenient mode
 * (the seeds contain the invalid date "31.04.2025" and the misspelt name "Kristian Trengeid", which are kept as
 * text), Røros kommunestyre's case lists, and sets up reporting periods. Elverum's rows have no status column: the
 * importer reads their state from their own text (decision 023). Importing again at the next start finds every row
 * and creates nothing.
 */
@Component
@Profile({"dev", "demotest"})
class DemoDecisions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    private final DecisionImporter importer;
    private final PeriodService periods;
    private final no.kommune.portal.decisions.CaseRegister cases;
    private final no.kommune.portal.organisation.OrganisationService organisation;
    private final DemoMunicipality municipality;

    DemoDecisions(DecisionImporter importer, PeriodService periods, no.kommune.portal.decisions.CaseRegister cases,
            no.kommune.portal.organisation.OrganisationService organisation, DemoMunicipality municipality) {
        this.importer = importer;
        this.periods = periods;
        this.cases = cases;
        this.organisation = organisation;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var auth = UsernamePasswordAuthenticationToken.authenticated("demo", "n/a",
                java.util.List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MANAGEMENT)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try (InputStream in = getClass().getResourceAsStream("/demo/decisions.csv")) {
            byte[] own = municipality.onlyOwnRows(in.readAllBytes(), "decisions.csv");
            byte[] file = forUsers(new String(own, java.nio.charset.StandardCharsets.UTF_8))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int created = importer.importFile(file, "decisions.csv", ImportOptions.lenientImport()).created();
            log.info("Demo {}: imported {} mandates from decisions.csv", municipality.csvName(), created);
            // Røros kommunestyre's case lists 2021 and 2025 (council_cases.csv, 175 rows, all Røros)
            try (InputStream list = getClass().getResourceAsStream("/demo/council_cases.csv")) {
                byte[] ownCases = municipality.onlyOwnRows(list.readAllBytes(), "council_cases.csv");
                if (hasRows(ownCases)) {
                    Long council = organisation.findBodyByNameOrShortName("Kommunestyret").orElseThrow().getId();
                    log.info("Demo {}: imported {} cases from council_cases.csv", municipality.csvName(),
                            cases.importCaseList(ownCases, "council_cases.csv", council));
                }
            }
            if (periods.all().isEmpty()) {
                ReportingPeriod t1 = periods.open(ReportingPeriod.Type.TERTIAL_1, 2026);
                periods.close(t1.getId());
                periods.open(ReportingPeriod.Type.TERTIAL_2, 2026);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean hasRows(byte[] csv) {
        return new String(csv, java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).anyMatch(l -> !l.isBlank());
    }

    /** The CSV without the transcriber's notes in its texts (see {@link DemoText}); one row per line stays. */
    static String forUsers(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        for (String line : csv.split("\n", -1)) {
            out.append(DemoText.forUsers(line.replace("\r", ""))).append('\n');
        }
        return out.toString();
    }
}
