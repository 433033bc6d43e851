package no.kommune.portal.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Repairs, once per page, what Vaadin's own elements get wrong for axe-core and screen readers, so that no
 * view has to remember them (docs/decisions/017-accessibility.md):
 * <ul>
 *   <li>the connection indicator Vaadin adds to {@code body} (outside every landmark) becomes a status region,
 *       which is what it is: it announces "connection lost";</li>
 *   <li>{@code vaadin-date-time-picker} puts {@code aria-required} on its {@code role="group"} host, where ARIA
 *       does not allow it (axe: critical); its date and time inputs keep their own required state;</li>
 *   <li>an indeterminate {@code vaadin-progress-bar} without a name gets one ("Arbeider …").</li>
 * </ul>
 * A MutationObserver keeps doing it as views, dialogs and components come and go.
 */
final class ComponentAccessibilityFixes {

    private static final String SCRIPT = """
            const busy = $0;
            const fix = () => {
              const ci = document.querySelector('vaadin-connection-indicator');
              if (ci && ci.getAttribute('role') !== 'status') { ci.setAttribute('role', 'status'); }
              document.querySelectorAll('vaadin-date-time-picker[aria-required]')
                .forEach(e => e.removeAttribute('aria-required'));
              document.querySelectorAll('vaadin-progress-bar:not([aria-label]):not([aria-labelledby])')
                .forEach(e => e.setAttribute('aria-label', busy));
            };
            fix();
            if (!window.__portalA11yObserver) {
              window.__portalA11yObserver = new MutationObserver(fix);
              window.__portalA11yObserver.observe(document.body, { subtree: true, childList: true,
                attributes: true, attributeFilter: ['aria-required'] });
            }
            """;

    private ComponentAccessibilityFixes() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT, ui.getTranslation("a11y.busy"));
    }
}
