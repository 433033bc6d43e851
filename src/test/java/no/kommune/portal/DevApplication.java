package no.kommune.portal;

import org.springframework.boot.SpringApplication;

/**
 * The demo/dev run ({@code ./mvnw spring-boot:test-run}): the real application on an embedded MariaDB
 * whose files live in {@code ./data/mariadb} (kept across restarts), with the demo municipality and one
 * demo user per role. Lives on the test classpath so none of this reaches the production jar.
 */
public final class DevApplication {

    private DevApplication() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("dev");
        app.run(args);
    }
}
