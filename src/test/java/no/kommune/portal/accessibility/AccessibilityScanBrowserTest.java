package no.kommune.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 2.1 AA as axe-core checks it: every demo role signs in, visits every route its menu offers, the
 * detail pages behind them, the dialogs (status update, forward, close, import preview) and the panels a button
 * opens (the follow-up list's "Flere filtre"), plus the pages without login. Any critical, serious or moderate violation fails the test, listed per page; so does an
 * English word from {@link EnglishWords} in the text a page shows (issue 11 item 7).
 *
 * <p>{@code -Dportal.a11y.reportOnly=true} prints the findings without failing (for before/after counts);
 * {@code -Dportal.a11y.users=leder,anonymous} limits the run to some users while working on a page.
 * Every route is scanned for every role whose menu offers it (what CI runs); {@code -Dportal.a11y.quick=true}
 * scans a shared route once, for a short local run. The app runs in development mode with the development tools
 * off (application-test.properties); {@code -Dportal.a11y.url=http://127.0.0.1:8108} scans a production jar
 * instead, which must run on the database this test reads its ids from (docs/decisions/017-accessibility.md).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class AccessibilityScanBrowserTest {

    private static final List<String> ROLES =
            List.of("admin", "direktor", "leder", "politiker", "kvalitet", "ansatt", "varsling");
    private static PortalBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Page (user + route or dialog) → its failing violations, in visiting order. */
    private final Map<String, List<String>> findings = new LinkedHashMap<>();
    /** Routes already scanned: a view shared by roles is scanned for the first role that has it. */
    private final java.util.Set<String> scannedRoutes = new java.util.HashSet<>();

    @BeforeAll
    static void startBrowser() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void every_page_and_dialog_of_every_role_has_no_critical_serious_or_moderate_violation() throws IOException {
        browser = new PortalBrowser(port);
        long started = System.nanoTime();

        String only = System.getProperty("portal.a11y.users", "");
        if (only.isBlank() || only.contains("anonymous")) {
            scanPublicPages();
        }
        for (String user : ROLES) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(user)) {
                continue;
            }
            Page page = browser.signedIn(user, 1366, 900);
            for (String route : menuRoutes(page)) {
                boolean shownBefore = !scannedRoutes.add(route);
                if (Boolean.getBoolean("portal.a11y.quick") && !route.isEmpty() && shownBefore) {
                    continue; // a quick local run: a route another role already showed is skipped
                }
                browser.open(page, route);
                scan(user, route, page);
            }
            scanDetailsAndDialogs(user, page);
            page.context().close();
        }

        String report = report(started);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/a11y-findings.txt"), report);
        if (!Boolean.getBoolean("portal.a11y.reportOnly")) {
            assertThat(findings.values().stream().mapToInt(List::size).sum()).as(report).isZero();
        }
    }

    private void scanPublicPages() {
        Page page = browser.newPage(1366, 900);
        for (String route : List.of("login", "varsle", "varsle/kvittering", "tilgjengelighet")) {
            browser.open(page, route);
            scan("anonymous", route, page);
        }
        // the receipt shown after a public report
        browser.open(page, "varsle");
        page.locator("#wb-subject input").fill("Universell utforming");
        page.locator("#wb-description textarea").fill("Testvarsel fra tilgjengelighetstesten.");
        page.locator("#wb-send").click();
        page.locator("#receipt-code").waitFor();
        PortalBrowser.settle(page);
        scan("anonymous", "varsle (kvittering)", page);
        page.context().close();
    }

    private void scanDetailsAndDialogs(String user, Page page) {
        switch (user) {
            case "leder" -> {
                browser.open(page, "mine-oppdrag");
                page.locator("#my-mandates-grid vaadin-button:not([disabled])").first().click();
                dialog(page, user, "mine-oppdrag (statusdialog)");

                Long deviation = first("select d.id from deviation d join deviation_handler h on h.deviation_id = d.id"
                        + " join user_account u on u.id = h.user_id where u.username = 'leder'"
                        + " and d.status <> 'CLOSED' order by d.id");
                if (deviation != null) {
                    String route = "avvik/" + deviation;
                    browser.open(page, route);
                    scan(user, route, page);
                    for (String action : List.of("action-status", "action-forward", "action-add", "action-close")) {
                        // each dialog on a fresh page: one left fading behind the next would spoil its contrast
                        browser.open(page, route);
                        Locator button = page.locator("#" + action);
                        if (button.count() > 0) {
                            button.click();
                            dialog(page, user, route + " (" + action + ")");
                        }
                    }
                }
                browser.open(page, "internkontroll/mine");
                Locator open = page.locator("[id^=open-]");
                if (open.count() > 0) {
                    open.first().click();
                    PortalBrowser.settle(page);
                    scan(user, "internkontroll/sjekkliste", page);
                }
            }
            case "direktor" -> {
                // the follow-up list's rarely used filters, behind "Flere filtre"
                browser.open(page, "oppfolging");
                page.locator("#more-filters").click();
                page.locator("#more-filters-panel").waitFor();
                PortalBrowser.settle(page);
                scan(user, "oppfolging (flere filtre)", page);

                Long mandate = first("select id from mandate order by id");
                if (mandate != null) {
                    browser.open(page, "oppfolging/oppdrag/" + mandate);
                    scan(user, "oppfolging/oppdrag/" + mandate, page);
                }
                browser.open(page, "vedtak/ny");
                scan(user, "vedtak/ny", page);
                browser.open(page, "vedtak/import");
                scan(user, "vedtak/import", page);
                page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/test/resources/decisions/decisions.csv"));
                page.locator("#import-problems").waitFor();
                page.waitForTimeout(1500);
                PortalBrowser.settle(page);
                scan(user, "vedtak/import (forhåndsvisning)", page);
                Long supervision = first("select id from supervision order by id");
                if (supervision != null) {
                    browser.open(page, "tilsyn/" + supervision);
                    scan(user, "tilsyn/" + supervision, page);
                }
            }
            case "varsling" -> {
                Long wbCase = first("select id from wb_case order by id");
                if (wbCase != null) {
                    browser.open(page, "varsling/sak/" + wbCase);
                    scan(user, "varsling/sak/" + wbCase, page);
                }
            }
            default -> {
                // the menu routes cover this role
            }
        }
    }

    /**
     * True when an opened dialog has finished fading in: no dialog overlay is opening or closing, no finite
     * animation runs (Document.getAnimations covers shadow trees) and the overlay is opaque. The overlays live in
     * the dialogs' shadow roots, so they are looked up there; document.querySelector alone never sees them.
     */
    private static final String DIALOG_AT_REST = """
            () => {
              const overlays = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                if (e.localName === 'vaadin-dialog-overlay') overlays.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              const opened = overlays.filter(o => o.hasAttribute('opened'));
              if (opened.length === 0 || overlays.some(o => o.hasAttribute('opening') || o.hasAttribute('closing'))) {
                return false;
              }
              const moving = document.getAnimations().some(a => a.playState === 'running'
                  && a.effect && a.effect.getComputedTiming().iterations !== Infinity);
              return !moving && opened.every(o => {
                const part = o.shadowRoot && o.shadowRoot.querySelector('[part="overlay"]');
                return getComputedStyle(o).opacity === '1' && (!part || getComputedStyle(part).opacity === '1');
              });
            }""";

    /** Scans with the dialog open, then closes it with Escape. */
    private void dialog(Page page, String user, String name) {
        page.locator("vaadin-dialog-overlay[opened]").first().waitFor();
        // a dialog fading in is half transparent, and axe would measure its contrast: wait until it is at rest
        page.waitForFunction(DIALOG_AT_REST);
        PortalBrowser.settle(page);
        page.waitForFunction(DIALOG_AT_REST);
        scan(user, name, page);
        // Escape may first close an overlay inside the dialog (a date picker): press until the dialog is gone, so
        // the next dialog is not scanned on top of this one's backdrop
        for (int i = 0; i < 3 && page.locator("vaadin-dialog-overlay[opened]").count() > 0; i++) {
            page.keyboard().press("Escape");
            PortalBrowser.settle(page);
        }
    }

    /** The page's visible text without what is marked translate="no" (file column headings quoted as they are). */
    private static final String VISIBLE_TRANSLATED_TEXT = """
            () => {
              const kept = [...document.querySelectorAll('[translate=no]')];
              const before = kept.map(e => e.style.display);
              kept.forEach(e => e.style.display = 'none');
              const text = document.body.innerText;
              kept.forEach((e, i) => e.style.display = before[i]);
              return text;
            }""";

    private Long first(String sql) {
        List<Long> ids = jdbc.queryForList(sql, Long.class);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static List<String> menuRoutes(Page page) {
        LinkedHashSet<String> routes = new LinkedHashSet<>();
        for (Object path : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(e => e.getAttribute('path'))")) {
            if (path != null) {
                routes.add(path.toString());
            }
        }
        routes.add("");
        return new ArrayList<>(routes);
    }

    private void scan(String user, String route, Page page) {
        List<String> found = new ArrayList<>(PortalBrowser.violations(page));
        // issue 11 item 7: no English or developer words in what the page shows (menu, header, view, dialogs)
        java.util.Set<String> english = EnglishWords.in((String) page.evaluate(VISIBLE_TRANSLATED_TEXT));
        if (!english.isEmpty() && !route.contains("forhåndsvisning")) { // a preview shows the uploaded file as is
            found.add("english-text: " + english);
        }
        System.out.printf("a11y %-9s /%-40s %d%n", user, route, found.size());
        findings.put(user + " /" + route, found);
    }

    private String report(long started) {
        StringBuilder out = new StringBuilder("axe-core, critical/serious/moderate violations per page ("
                + findings.size() + " pages, " + (System.nanoTime() - started) / 1_000_000_000 + " s)\n");
        findings.forEach((page, list) -> {
            out.append(String.format("%4d  %s%n", list.size(), page));
            list.forEach(v -> out.append("        ").append(v).append('\n'));
        });
        out.append("total: ").append(findings.values().stream().mapToInt(List::size).sum()).append('\n');
        return out.toString();
    }
}
