package no.kommune.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 item 2: the load balancer asks a node whether it lives and whether it is ready, without signing in, and
 * learns nothing else: no details, no components, no other actuator endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthEndpointsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_liveness_and_readiness_answer_up_without_login_and_without_details(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        var body = new tools.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        // the root lists the names of its two groups; no details, no components, nothing about the database
        assertThat(body.propertyNames()).isSubsetOf(java.util.Set.of("status", "groups"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/info",
        "/actuator/loggers", "/actuator/heapdump", "/actuator/health/db", "/actuator"})
    void nothing_else_of_the_actuator_is_served(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        assertThat(response.body()).as(path).doesNotContain("\"status\"").doesNotContain("spring.datasource");
    }

    @Test
    void a_signed_out_visitor_is_still_sent_to_the_login_page_elsewhere() throws Exception {
        HttpResponse<String> response = get("/oppfolging");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
