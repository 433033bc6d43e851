package no.kommune.portal.accessibility;

import com.microsoft.playwright.Page;

/** Keyboard-only steps: press Tab until focus reaches an element, and ask where focus is (through shadow roots). */
final class Keyboard {

    private static final int MAX_TABS = 80;

    /** True when the focused element (followed into shadow roots) is the element or inside it. */
    private static final String FOCUS_IN = """
            (selector) => {
              const target = document.querySelector(selector);
              if (!target) return false;
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              for (let n = a; n; n = n.parentNode || n.host) {
                if (n === target) return true;
              }
              return false;
            }""";

    private Keyboard() {
    }

    static boolean focusIsIn(Page page, String selector) {
        return Boolean.TRUE.equals(page.evaluate(FOCUS_IN, selector));
    }

    /** Presses Tab until focus is in the element; fails if it never gets there (unreachable by keyboard). */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusIsIn(page, selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses; focus is on "
                + focusedText(page));
    }

    /** Tabs into the grid, and on from its header row (a tab stop of its own) to the first row of data. */
    static void tabToGridBody(Page page, String grid) {
        tabTo(page, grid);
        for (int i = 0; i < 2 && Boolean.TRUE.equals(page.evaluate("""
                () => { let a = document.activeElement;
                        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                        return !!a && (a.tagName === 'TH' || !!a.closest('thead')); }""")); i++) {
            page.keyboard().press("Tab");
        }
    }

    /**
     * In a focused grid: goes to the last cell of the row (End), into it (Enter), and checks the focused button
     * says {@code text}; otherwise back out (Escape) and one row down, at most 15 rows.
     */
    static void enterCellButtonOnRowWith(Page page, String text) {
        for (int row = 0; row < 15; row++) {
            page.keyboard().press("End");
            page.keyboard().press("Enter");
            if (text.equals(focusedText(page)) && Boolean.TRUE.equals(page.evaluate(
                    "() => { const b = document.activeElement.closest('vaadin-button'); return !!b && !b.disabled; }"))) {
                return;
            }
            page.keyboard().press("Escape");
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("No row with an enabled button \"" + text + "\" reached by keyboard");
    }

    /** The visible text (or label) of the focused element, for assertions and failure messages. */
    static String focusedText(Page page) {
        Object text = page.evaluate("""
                () => {
                  let a = document.activeElement;
                  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                  if (!a) return '';
                  const host = a.closest('vaadin-button') || a;
                  return (host.innerText || host.getAttribute('aria-label') || host.tagName).trim();
                }""");
        return text == null ? "" : text.toString();
    }
}
