package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.kommune.portal.security.PassiveRules.Exchange;
import no.kommune.portal.security.PassiveRules.Finding;
import no.kommune.portal.security.PassiveRules.Level;
import org.junit.jupiter.api.Test;

/** The passive scan's rules find what they claim to find, and stay quiet on a well-behaved response. */
class PassiveRulesTest {

    private static final Map<String, List<String>> GOOD_HEADERS = Map.of(
            "content-type", List.of("text/html;charset=utf-8"),
            "content-security-policy", List.of("default-src 'self'; frame-ancestors 'none'; object-src 'none'"),
            "x-content-type-options", List.of("nosniff"),
            "referrer-policy", List.of("no-referrer"),
            "cache-control", List.of("no-cache, no-store, max-age=0, must-revalidate"),
            "permissions-policy", List.of("camera=()"),
            "set-cookie", List.of("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax"));

    private static List<String> failIds(Exchange x) {
        return PassiveRules.apply(List.of(x)).stream().filter(f -> f.rule().level() == Level.FAIL)
                .map(f -> f.rule().id()).toList();
    }

    @Test
    void a_response_with_the_promised_headers_and_cookie_has_no_finding() {
        List<Finding> findings = PassiveRules.apply(List.of(
                new Exchange("t", "GET", "http://localhost:8103/", 200, GOOD_HEADERS, "<html></html>")));
        assertThat(findings).isEmpty();
    }

    @Test
    void missing_headers_and_a_cookie_without_same_site_are_FAIL() {
        Exchange bare = new Exchange("t", "GET", "http://localhost:8103/", 200,
                Map.of("content-type", List.of("text/html"), "set-cookie", List.of("JSESSIONID=abc; Path=/")),
                "<html></html>");
        assertThat(failIds(bare)).contains("10038", "10020", "10021", "portal-1", "10015", "10010", "10054");
    }

    @Test
    void a_session_id_in_a_url_a_stack_trace_and_version_headers_are_FAIL() {
        Map<String, List<String>> leaky = new java.util.HashMap<>(GOOD_HEADERS);
        leaky.put("server", List.of("Apache-Coyote/1.1"));
        leaky.put("x-powered-by", List.of("Servlet/6.1"));
        leaky.put("access-control-allow-origin", List.of("*"));
        Exchange x = new Exchange("t", "GET", "http://localhost:8103/avvik;jsessionid=ABC123", 200, leaky,
                "<pre>java.lang.IllegalStateException\n\tat no.kommune.portal.deviations.DeviationService.detail"
                        + "(DeviationService.java:331)</pre>");
        assertThat(failIds(x)).contains("3", "90022", "10036", "10037", "10098");
    }

    @Test
    void over_https_a_cookie_without_secure_and_a_missing_hsts_are_FAIL_but_not_over_plain_http() {
        Exchange https = new Exchange("t", "GET", "https://localhost:8443/", 200, GOOD_HEADERS, "<html></html>");
        Exchange http = new Exchange("t", "GET", "http://localhost:8103/", 200, GOOD_HEADERS, "<html></html>");
        assertThat(failIds(https)).contains("10011", "10035");
        assertThat(failIds(http)).doesNotContain("10011", "10035");
    }

    @Test
    void a_private_address_in_a_body_is_a_WARN_but_a_version_number_is_not_an_address() {
        Exchange leaky = new Exchange("t", "GET", "http://localhost:8103/", 200, GOOD_HEADERS,
                "<html>database at 10.0.12.7:3306</html>");
        Exchange version = new Exchange("t", "GET", "http://localhost:8103/VAADIN/build/icons.js", 200,
                Map.of("content-type", List.of("text/javascript"), "x-content-type-options", List.of("nosniff")),
                "var v=\"10.669.606.225\";var w=\"192.168.1.20.5\"");
        assertThat(PassiveRules.apply(List.of(leaky))).extracting(f -> f.rule().id() + " " + f.evidence())
                .containsExactly("2 10.0.12.7");
        assertThat(PassiveRules.apply(List.of(version))).isEmpty();
    }
}
