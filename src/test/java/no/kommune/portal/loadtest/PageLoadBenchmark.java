package no.kommune.portal.loadtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full page loads in Chromium against a portal that is already running (issue 15: a list, cold session, ≤ 500 ms):
 * every run is a new browser context (new cookies, new Vaadin session and UI), signs in (not timed), then loads
 * each list by its address and times from the request until the grid shows rows ("rows shown", what the user
 * sees) and until Vaadin has nothing in flight ("quiet", the figure printed as median/p95/max). The parts line says
 * where the time goes: the document's first byte (the server renders the view into it), DOMContentLoaded, then the
 * client's start (scripts from the browser cache) and the first rows.
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=PageLoadBenchmark \
 *   -Dportal.load.url=http://127.0.0.1:8108 -Dportal.pageload.runs=15
 * </pre>
 * {@code -Dportal.pageload.browser=returning} times a returning user instead: one browser profile for all runs of a
 * list (its HTTP cache and V8's cache of compiled scripts kept, as in the user's own browser), cookies cleared before
 * each run, so every run is still a new Vaadin session and UI ("cold session, warm browser"); the default,
 * {@code fresh}, is a new browser context per run (scripts from the cache the sign-in filled, compiled again).
 * Prints {@code BENCHMARK pageload <route> runs= median= p95= max=}; asserts nothing about time. With
 * {@code -Dportal.pageload.debug=true} the last run of each list also prints its resources (start, duration, bytes,
 * from the cache or not) and its UIDL requests and answers.
 */
@Tag("benchmark")
class PageLoadBenchmark {

    /** List route → the user who opens it and the grid that must show rows. */
    private static final Map<String, String[]> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("avvik", new String[] {"direktor", "#deviation-grid"});
        LISTS.put("oppfolging", new String[] {"politiker", "#follow-up-grid"});
        LISTS.put("mine-oppdrag", new String[] {"leder", "#my-mandates-grid"});
        LISTS.put("", new String[] {"leder", "main"});
    }

    @Test
    void full_page_loads_of_the_lists() {
        String base = System.getProperty("portal.load.url", "http://127.0.0.1:8080");
        int runs = Integer.getInteger("portal.pageload.runs", 10);
        boolean returning = "returning".equals(System.getProperty("portal.pageload.browser", "fresh"));
        try (Chromium chromium = Chromium.launch()) {
            Browser browser = chromium.browser();
            for (Map.Entry<String, String[]> list : LISTS.entrySet()) {
                List<Long> times = new ArrayList<>();
                List<Long> firstByte = new ArrayList<>();
                List<Long> domReady = new ArrayList<>();
                List<Long> rowsShown = new ArrayList<>();
                java.nio.file.Path profile = returning ? createProfileDirectory() : null;
                BrowserContext kept = returning ? chromium.persistentContext(profile) : null;
                for (int i = 0; i < runs + 2; i++) {
                    if (kept != null) {
                        kept.clearCookies(); // a new session: the next sign-in gets a new Vaadin session and UI
                        kept.pages().forEach(Page::close);
                    }
                    try (BrowserContext context = kept != null ? null : browser.newContext(
                            new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("nb-NO"))) {
                        Page page = (kept != null ? kept : context).newPage();
                        page.setDefaultTimeout(60_000);
                        Chromium.signIn(page, base + "/login", list.getValue()[0]);
                        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                        long start = System.nanoTime();
                        if (Boolean.getBoolean("portal.pageload.debug") && i == runs + 1) {
                            page.onRequest(r -> { if (r.url().contains("v-r=uidl")) System.out.println("DEBUG UIDL "
                                    + (System.nanoTime() - start) / 1_000_000 + " ms " + r.postData()); });
                            page.onResponse(r -> { if (r.url().contains("v-r=uidl")) System.out.println("DEBUG UIDL answer "
                                    + (System.nanoTime() - start) / 1_000_000 + " ms " + r.text()); });
                        }
                        page.navigate(base + "/" + list.getKey());
                        String grid = list.getValue()[1];
                        page.waitForFunction(SHOWN, grid);
                        long shown = (System.nanoTime() - start) / 1_000_000;
                        page.waitForFunction(READY, grid);
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (i >= 2) { // two warm-up runs: the JIT and the database caches, not the user's session
                            times.add(ms);
                            rowsShown.add(shown);
                            // where the time goes: the server's document (eager load renders the view in it), then
                            // the client's start (scripts from the cache, parse, first render), then the grid
                            Object[] timing = ((java.util.List<?>) page.evaluate(NAVIGATION_TIMING)).toArray();
                            firstByte.add(((Number) timing[0]).longValue());
                            domReady.add(((Number) timing[1]).longValue());
                            if (Boolean.getBoolean("portal.pageload.debug") && i == runs + 1) {
                                System.out.println("DEBUG " + page.evaluate(RESOURCES));
                            }
                        }
                    }
                }
                if (kept != null) {
                    kept.close();
                }
                times.sort(null);
                System.out.printf("BENCHMARK pageload /%s (%s, " + (returning ? "returning" : "fresh")
                        + " browser) runs=%d median=%d ms p95=%d ms max=%d ms%n",
                        list.getKey(), list.getValue()[0], times.size(), times.get(times.size() / 2),
                        times.get((int) Math.ceil(times.size() * 0.95) - 1), times.getLast());
                firstByte.sort(null);
                domReady.sort(null);
                rowsShown.sort(null);
                System.out.printf("BENCHMARK pageload /%s parts (median): document first byte %d ms,"
                        + " DOM content loaded %d ms, rows shown %d ms (p95 %d ms), quiet %d ms%n", list.getKey(),
                        firstByte.get(firstByte.size() / 2), domReady.get(domReady.size() / 2),
                        rowsShown.get(rowsShown.size() / 2),
                        rowsShown.get((int) Math.ceil(rowsShown.size() * 0.95) - 1), times.get(times.size() / 2));
            }
        }
    }

    private static java.nio.file.Path createProfileDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("pageload-profile");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each resource of the page: path, start+duration (ms), bytes over the wire, cache or network. */
    private static final String RESOURCES = """
            () => performance.getEntriesByType('resource').map(r => r.name.replace(/^.*\\/\\/[^/]+/, '')
                + ' ' + Math.round(r.startTime) + '+' + Math.round(r.duration) + ' ' + r.transferSize + ' ' + r.deliveryType + ' req@' + Math.round(r.requestStart - r.startTime)).join('\\n')""";

    /** Milliseconds from the navigation's start to the document's first byte and to DOMContentLoaded. */
    private static final String NAVIGATION_TIMING = """
            () => { const n = performance.getEntriesByType('navigation')[0];
                    return [Math.round(n.responseStart - n.startTime),
                            Math.round(n.domContentLoadedEventEnd - n.startTime)]; }""";

    /**
     * What the user sees: the grid shows rows (or the start page's main has content). Vaadin may still be sending the
     * layout's own property changes (the menu's expanded state) to the server; {@link #READY} waits for those too.
     */
    private static final String SHOWN = """
            selector => {
              const el = document.querySelector(selector);
              if (!el) return false;
              if (el.localName !== 'vaadin-grid') return el.textContent.trim().length > 0;
              // a row with data: not hidden, and not waiting for its item (the grid marks those "loading")
              return !!el.shadowRoot && !el.hasAttribute('loading')
                  && !!el.shadowRoot.querySelector('#items tr:not([hidden]):not([loading])')
                  && el.querySelectorAll('vaadin-grid-cell-content').length > 0;
            }""";

    /** What {@link #SHOWN} waits for, and no Vaadin request is in flight. */
    private static final String READY = """
            selector => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.values(clients).some(c => c.isActive && c.isActive())) return false;
              return (%s)(selector);
            }""".formatted(SHOWN);
}
