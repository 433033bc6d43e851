package no.kommune.portal.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Playwright, for the browser tests (Playwright's own browser download cannot
 * work here), and the demo login every browser test goes through.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Skips the calling test (class, when called from {@code @BeforeAll}) where Chromium is not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium not installed at " + EXECUTABLE);
    }

    /** Starts Chromium; skips the calling test class where it is not installed. */
    public static Chromium launch() {
        assumeInstalled();
        return new Chromium();
    }

    /**
     * A browser profile kept in {@code userDataDir} (HTTP cache and compiled-script cache survive between pages and
     * sessions, as in a user's own browser), from this Chromium's Playwright.
     */
    public com.microsoft.playwright.BrowserContext persistentContext(Path userDataDir) {
        return playwright.chromium().launchPersistentContext(userDataDir,
                new BrowserType.LaunchPersistentContextOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                        .setViewportSize(1366, 900).setLocale("nb-NO")
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Browser browser() {
        return browser;
    }

    /** Signs in on the login page at {@code loginUrl} with the demo password and waits until it is left. */
    public static void signIn(Page page, String loginUrl, String username) {
        page.navigate(loginUrl);
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * Waits on the reports page until the newest pack is done or failed and returns its download link. A failed
     * pack fails the test at once with what the page says, instead of a 60 s timeout that says nothing.
     */
    public static com.microsoft.playwright.Locator awaitReportPack(Page page) {
        page.locator("#report-packs a[download], #report-packs .report-pack-failed").first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        if (page.locator("#report-packs .report-pack-failed").count() > 0
                && page.locator("#report-packs a[download]").count() == 0) {
            throw new AssertionError("The report pack failed: " + page.locator("#report-packs").innerText());
        }
        return page.locator("#report-packs a[download]").first();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
