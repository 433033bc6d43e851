package no.kommune.portal.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the load client against a portal that is already running (the production jar or the demo run), e.g.
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=LoadClientBenchmark \
 *   -Dportal.load.url=http://127.0.0.1:8108 -Dportal.load.sessions=50 -Dportal.load.seconds=120 \
 *   -Dportal.load.think=5 -Dportal.load.rampup=30 -Dportal.load.pid=$(pgrep -f oppfolgingsportal-0.1.0-SNAPSHOT.jar)
 * </pre>
 * It asserts only that the sessions could work (no errors); the figures are read by a person (docs/benchmarks.md).
 */
@Tag("benchmark")
class LoadClientBenchmark {

    @Test
    void drive_the_running_portal() throws InterruptedException {
        String pid = System.getProperty("portal.load.pid", "");
        LoadClient client = new LoadClient(System.getProperty("portal.load.url", "http://127.0.0.1:8080"),
                Integer.getInteger("portal.load.sessions", 10),
                Duration.ofSeconds(Long.getLong("portal.load.seconds", 60)),
                Duration.ofMillis((long) (Double.parseDouble(System.getProperty("portal.load.think", "10")) * 1000)),
                Duration.ofSeconds(Long.getLong("portal.load.rampup", 0)),
                pid.isBlank() ? null : Long.valueOf(pid), Integer.getInteger("portal.load.mandates", 1000), System.out);
        assertThat(client.run()).as("errors").isZero();
    }
}
