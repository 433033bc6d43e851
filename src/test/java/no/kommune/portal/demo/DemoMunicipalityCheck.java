package no.kommune.portal.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Before any demo data is loaded: the database must hold the organisation of the municipality the setting names
 * (each demo municipality has its own database, README), or the start stops and says why, instead of loading
 * Elverum's rows into Røros. A Røros demo database filled before the two were split still holds Elverum's rows;
 * the log says so and how to start over.
 */
@Component
@Profile({"dev", "demotest"})
@Order(0)
class DemoMunicipalityCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipalityCheck.class);

    private final JdbcTemplate jdbc;
    private final DemoMunicipality municipality;

    DemoMunicipalityCheck(JdbcTemplate jdbc, DemoMunicipality municipality) {
        this.jdbc = jdbc;
        this.municipality = municipality;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> root = jdbc.queryForList("SELECT name FROM org_unit WHERE id = 1", String.class);
        if (root.isEmpty()) {
            throw new IllegalStateException("The demo database has no organisation: the Liquibase context of "
                    + DemoMunicipality.SETTING + "=" + municipality.setting() + " did not run (see DemoMunicipality)");
        }
        if (!root.getFirst().equals(municipality.unitName())) {
            throw new IllegalStateException("The demo database holds " + root.getFirst() + ", but "
                    + DemoMunicipality.SETTING + "=" + municipality.setting() + " asks for " + municipality.unitName()
                    + ": each demo municipality has its own database directory (README, 'The two commands')");
        }
        if (municipality == DemoMunicipality.ROROS) {
            Long elverumRows = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM mandate WHERE source_key LIKE"
                    + " 'csv:ELV%') + (SELECT COUNT(*) FROM supervision WHERE source_key LIKE 'ELV%')", Long.class);
            if (elverumRows != null && elverumRows > 0) {
                log.warn("This Røros demo database was filled before Røros and Elverum got a demo each and still "
                        + "holds {} of Elverum's rows. Stop the demo, delete ./data/mariadb and start it again.",
                        elverumRows);
            }
        }
    }
}
