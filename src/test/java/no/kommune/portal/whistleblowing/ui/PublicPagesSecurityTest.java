package no.kommune.portal.whistleblowing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public whistleblowing pages pass the existing security filter chain without login (Vaadin's
 * configurer permits {@code @AnonymousAllowed} routes), while the receivers' pages send an anonymous
 * visitor to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesSecurityTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void public_pages_need_no_login() throws Exception {
        for (String path : new String[] {"/varsle", "/varsle/kvittering"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
        }
    }

    @Test
    void receiver_pages_send_anonymous_visitors_to_login() throws Exception {
        for (String path : new String[] {"/varsling/mottak", "/varsling/sak/1", "/varsling/ny", "/tilsyn"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.headers().firstValue("Location").orElse("/login")).as(path).contains("login");
        }
    }
}
