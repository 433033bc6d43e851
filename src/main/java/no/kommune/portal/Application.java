package no.kommune.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Production entry point. It expects a MariaDB server given by the standard
 * {@code spring.datasource.*} settings; the embedded database used for the demo run and the tests
 * lives only on the test classpath (see {@code DevApplication}).
 */
@SpringBootApplication
@EnableJpaAuditing(auditorAwareRef = "auditor")
@EnableAsync
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
