package no.kommune.portal;

import no.kommune.portal.demo.DemoMunicipality;
import org.springframework.boot.SpringApplication;

/**
 * The demo/dev run ({@code ./mvnw spring-boot:test-run}): the real application on an embedded MariaDB with a demo
 * municipality and one demo user per role. Røros by default (database in {@code ./data/mariadb}); Elverum with
 * {@code -Dportal.demo.municipality=elverum} (database in {@code ./data/mariadb-elverum}), see
 * {@link DemoMunicipality}. Both keep their data across restarts. Lives on the test classpath so none of this
 * reaches the production jar.
 */
public final class DevApplication {

    private DevApplication() {
    }

    public static void main(String[] args) {
        String setting = System.getProperty(DemoMunicipality.SETTING, System.getenv("PORTAL_DEMO_MUNICIPALITY"));
        DemoMunicipality municipality = DemoMunicipality.of(setting);
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles(municipality.devProfiles().toArray(String[]::new));
        app.run(args);
    }
}
