package no.kommune.portal.accessibility;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.portal.testsupport.Chromium;

/**
 * One headless Chromium (Debian's package) shared by the accessibility browser tests, with the helpers they
 * all need: sign in, wait until Vaadin has answered, and run axe-core.
 */
final class PortalBrowser implements AutoCloseable {

    /** Impacts that fail the build: WCAG 2.1 AA asks for none of these. Only "minor" is reported, not failed. */
    static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious", "moderate");

    private final Chromium chromium;
    private final Browser browser;
    private final String base;

    /**
     * The portal of this test run, or the one named by {@code -Dportal.a11y.url} (e.g. the production jar, whose
     * client bundle is what users get; its database must be the one this test run reads its ids from).
     */
    PortalBrowser(int port) {
        this.base = System.getProperty("portal.a11y.url", "http://localhost:" + port);
        this.chromium = Chromium.launch();
        this.browser = chromium.browser();
    }

    String url(String route) {
        return base + (route.startsWith("/") ? route : "/" + route);
    }

    /** A fresh context (own cookies, so its own session) with the given viewport. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("nb-NO"));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    Page signedIn(String username, int width, int height) {
        Page page = newPage(width, height);
        Chromium.signIn(page, url("/login"), username);
        settle(page);
        return page;
    }

    void open(Page page, String route) {
        page.navigate(url(route));
        settle(page);
    }

    /** Waits until the page has loaded and Vaadin has no server round trip in flight. */
    static void settle(Page page) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * The axe-core violations on the page at fail level (critical, serious, moderate), one readable line per
     * rule and element. Vaadin's development tools are left out: users never see them.
     */
    static List<String> violations(Page page) {
        AxeResults results = new AxeBuilder(page)
                .exclude(List.of("vaadin-dev-tools"))
                .exclude(List.of("copilot-main"))
                // one axe.run in the page: Vaadin uses no iframes, and the per-frame mode is several times slower
                .setLegacyMode(true)
                .analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!FAILING_IMPACTS.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
                found.add(rule.getImpact() + " " + rule.getId() + " at " + node.getTarget() + ": "
                        + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                        + " (" + rule.getHelp() + ")");
            }
        }
        return found;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
