package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.security.PassiveRules.Exchange;
import no.kommune.portal.security.PassiveRules.Finding;
import no.kommune.portal.security.PassiveRules.Level;
import no.kommune.portal.security.PassiveRules.Rule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Passive security scan of a running portal, the equivalent of OWASP ZAP's baseline scan (which is not
 * available from Maven Central or Debian here): Chromium walks the portal as a visitor and as every demo user,
 * opening every route the access matrix lets that user open plus one she may not, and every request and
 * response is recorded; {@link PassiveRules} then inspects the recorded traffic only (no attack requests).
 * The report goes to {@code docs/security/passive-scan-report.md}; any FAIL finding fails the test.
 *
 * <p>Runs only when {@code portal.scan.url} names a portal on this machine; {@code docs/security/scan.sh}
 * starts the demo run and calls it. Tagged {@code scan}, so the normal test run skips it.
 */
@Tag("scan")
class PassiveSecurityScan {

    private static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    private static final Path REPORT = Path.of(System.getProperty("portal.scan.report",
            "docs/security/passive-scan-report.md"));

    /** Demo users (password demo, README) and the role column of the access matrix each one stands for. */
    private static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put("admin", Roles.ADMIN);
        DEMO_USERS.put("direktor", Roles.MANAGEMENT);
        DEMO_USERS.put("leder", Roles.LEADER);
        DEMO_USERS.put("politiker", Roles.POLITICIAN);
        DEMO_USERS.put("kvalitet", Roles.QUALITY);
        DEMO_USERS.put("ansatt", Roles.EMPLOYEE);
        DEMO_USERS.put("varsling", Roles.WHISTLEBLOWING_RECEIVER);
    }

    private final List<Exchange> traffic = Collections.synchronizedList(new ArrayList<>());

    @Test
    void the_running_portal_shows_no_FAIL_finding_in_a_passive_scan() throws Exception {
        String target = System.getProperty("portal.scan.url", "");
        assumeTrue(!target.isBlank(), "set portal.scan.url (docs/security/scan.sh does) to scan a running portal");
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        target = target.replaceAll("/+$", "");
        URI base = URI.create(target);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The scan only targets a portal on this machine, not " + target);
        }
        Instant started = Instant.now();
        probeWithPlainHttp(target);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            browseAsVisitor(browser, target);
            for (Map.Entry<String, String> user : DEMO_USERS.entrySet()) {
                browseAs(browser, target, user.getKey(), user.getValue());
            }
        }
        List<Finding> findings = PassiveRules.apply(List.copyOf(traffic));
        writeReport(target, started, findings);
        List<String> fails = findings.stream().filter(f -> f.rule().level() == Level.FAIL)
                .map(f -> f.rule().id() + " " + f.rule().name() + ": " + f.exchange().url())
                .distinct().toList();
        assertThat(fails).as("FAIL findings (report in " + REPORT + ")").isEmpty();
    }

    // ---- walking the portal ----------------------------------------------------------------------------

    /** What a browser never sends: a foreign Origin (CORS) and an unknown address (error page). */
    private void probeWithPlainHttp(String target) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : List.of("/login", "/finnes-ikke-" + System.nanoTime(), "/VAADIN/finnes-ikke.js",
                "/varsle")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(target + path))
                    .header("Origin", "http://scan-foreign.invalid").timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            traffic.add(new Exchange("plain HTTP", "GET", target + path, response.statusCode(), headers,
                    response.body()));
        }
    }

    private void browseAsVisitor(Browser browser, String target) {
        try (BrowserContext context = browser.newContext()) {
            Page page = recordingPage(context, "not signed in");
            for (String path : List.of("/", "/login", "/varsle", "/varsle/kvittering", "/avvik/1", "/admin/brukere")) {
                open(page, target + path);
            }
        }
    }

    private void browseAs(Browser browser, String target, String username, String role) {
        try (BrowserContext context = browser.newContext()) {
            Page page = recordingPage(context, username);
            open(page, target + "/login");
            page.locator("#vaadinLoginUsername input").fill(username);
            page.locator("#vaadinLoginPassword input").fill("demo");
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(60_000));
            int column = AccessMatrix.PRINCIPALS.indexOf(role);
            boolean oneRefused = false;
            for (Map.Entry<String, String> route : AccessMatrixTest.ROUTES.entrySet()) {
                boolean allowed = route.getValue().charAt(column) != '.';
                if (route.getKey().equals("/login") || (!allowed && oneRefused)) {
                    continue;
                }
                oneRefused |= !allowed;
                open(page, target + route.getKey().replace("{id}", "1"));
            }
        }
    }

    private Page recordingPage(BrowserContext context, String who) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.onResponse(response -> {
            try {
                traffic.add(record(who, response));
            } catch (PlaywrightException closed) {
                // a response still arriving while the user's browser context closes: nothing left to read
            }
        });
        return page;
    }

    /** Opens a page; an error status is a result to scan (the response is recorded), not a reason to stop. */
    private static void open(Page page, String url) {
        try {
            page.navigate(url);
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(30_000));
        } catch (PlaywrightException refused) {
            System.out.println("Scan: " + url + " did not load: " + refused.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Exchange record(String who, Response response) {
        Map<String, List<String>> headers = new TreeMap<>();
        for (HttpHeader h : response.headersArray()) {
            headers.computeIfAbsent(h.name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.value);
        }
        String type = headers.getOrDefault("content-type", List.of("")).getFirst().toLowerCase(Locale.ROOT);
        String body = null;
        // Vaadin's built client files are the same for everyone and carry no data; their headers are scanned, their
        // bodies are not read (Chromium may never hand over the body of a module it loaded by preload, which hung
        // the scan in response.text() once the first request was rendered on the server)
        boolean builtClientFile = java.net.URI.create(response.url()).getPath().startsWith("/VAADIN/build/");
        if (!builtClientFile && (type.startsWith("text/") || type.contains("json") || type.contains("javascript"))) {
            try {
                body = response.text();
            } catch (PlaywrightException noBody) {
                // redirects and aborted responses have no body to look at
            }
        }
        return new Exchange(who, response.request().method(), response.url(), response.status(), headers, body);
    }

    // ---- the report ---------------------------------------------------------------------------------------

    private void writeReport(String target, Instant started, List<Finding> findings) throws IOException {
        Map<Rule, List<Finding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::rule, LinkedHashMap::new, Collectors.toList()));
        long fail = byRule.keySet().stream().filter(r -> r.level() == Level.FAIL).count();
        long warn = byRule.keySet().stream().filter(r -> r.level() == Level.WARN).count();
        long pass = PassiveRules.RULES.size() - fail - warn;
        StringBuilder md = new StringBuilder();
        md.append("# Passive security scan\n\n")
                .append("Target: ").append(target).append(" · started ").append(started).append(" · ")
                .append(traffic.size()).append(" responses recorded (").append(DEMO_USERS.size())
                .append(" demo users and a visitor)\n\n")
                .append("**FAIL: ").append(fail).append(" · WARN: ").append(warn).append(" · PASS: ").append(pass)
                .append("** (rules, like ZAP baseline's summary line)\n\n")
                .append("Made by `docs/security/scan.sh` (test `PassiveSecurityScan`, rules in `PassiveRules`). ")
                .append("Rule ids are OWASP ZAP passive-scan plugin ids where one exists.\n\n")
                .append("| Level | Rule | Name | Responses | Examples (who: URL → evidence) |\n")
                .append("|---|---|---|---|---|\n");
        for (Rule rule : PassiveRules.RULES) {
            List<Finding> hits = byRule.getOrDefault(rule, List.of());
            String level = hits.isEmpty() ? "PASS" : rule.level().name();
            String examples = hits.stream().map(f -> f.exchange().who() + ": " + shorten(f.exchange().url(), target)
                    + " → " + shorten(f.evidence(), target)).distinct().limit(3)
                    .collect(Collectors.joining("<br>"));
            md.append("| ").append(level).append(" | ").append(rule.id()).append(" | ").append(rule.name())
                    .append(" | ").append(hits.size()).append(" | ").append(examples.replace("|", "\\|"))
                    .append(" |\n");
        }
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.writeString(REPORT, md.toString());
        System.out.println(md);
    }

    private static String shorten(String text, String target) {
        String s = text.replace(target, "").replace("\n", " ");
        return s.length() > 110 ? s.substring(0, 110) + "…" : s;
    }
}
