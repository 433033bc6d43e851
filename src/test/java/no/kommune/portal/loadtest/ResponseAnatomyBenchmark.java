package no.kommune.portal.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes the UIDL answer of an in-app navigation to a list into {@code target/perf/<route>-uidl.json}, so the bytes
 * of a response can be read per component (issue 15: a 50-row list response ≤ 40 KB). Against a running portal:
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=ResponseAnatomyBenchmark \
 *   -Dportal.load.url=http://127.0.0.1:8108
 * </pre>
 */
@Tag("benchmark")
class ResponseAnatomyBenchmark {

    @Test
    void writes_the_navigation_answers_of_the_lists() throws Exception {
        String base = System.getProperty("portal.load.url", "http://127.0.0.1:8080");
        String[][] lists = {{"politiker", "oppfolging"}, {"direktor", "avvik"}, {"leder", "mine-oppdrag"}};
        Files.createDirectories(Path.of("target/perf"));
        for (String[] list : lists) {
            VaadinSession tab = new VaadinSession(base);
            if (!tab.login(list[0], "demo")) {
                throw new IllegalStateException(list[0] + " could not sign in");
            }
            tab.open("");
            VaadinSession.Exchange answer = tab.navigate(list[1], "");
            Files.writeString(Path.of("target/perf/" + list[1] + "-uidl.json"), tab.lastBody());
            System.out.printf("BENCHMARK anatomy /%s (%s): %d bytes%n", list[1], list[0], answer.bytes());
        }
    }
}
