package no.kommune.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short messages to the user, translated from keys. Each is a live region, so screen readers announce it
 * (WCAG 4.1.3): politely for confirmations, at once for errors.
 */
public final class Notices {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Notices.class);

    private Notices() {
    }

    public static void success(String key, Object... args) {
        show(translate(key, args), NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    /** Shows the user-facing description of a failure; the form stays open, so nothing typed is lost. */
    public static void failure(Throwable error) {
        if (!ErrorMessages.isExpected(error)) {
            String ref = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error shown to user, reference {}", ref, error);
            error(translate("error.unexpectedWithRef", ref));
            return;
        }
        error(ErrorMessages.describe(error, Notices::translate));
    }

    public static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    private static void show(String text, NotificationVariant variant, int duration) {
        Notification notification = new Notification(text, duration, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        // the card is a live region: errors interrupt the screen reader, confirmations wait their turn
        notification.setAssertive(variant == NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
