package no.kommune.portal.base.ui;

import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.UUID;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-session setup: Norwegian bokmål unless the user chose English, and an error handler that shows
 * a readable message (with a reference for support) instead of a stack trace.
 */
@Component
public class UiSetup implements VaadinServiceInitListener {

    public static final String LOCALE_ATTRIBUTE = "portal.locale";
    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler()));
        service.addUIInitListener(e -> {
            e.getUI().setLocale(sessionLocale(e.getUI().getSession()));
            ComponentAccessibilityFixes.install(e.getUI());
        });
    }

    public static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : PortalI18NProvider.BOKMAL;
    }

    static ErrorHandler errorHandler() {
        return event -> {
            Throwable error = event.getThrowable();
            if (ErrorMessages.isExpected(error)) {
                log.info("Expected failure shown to user: {}", error.toString());
                Notices.failure(error);
            } else {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, reference {}", ref, error);
                Notices.error(Notices.translate("error.unexpectedWithRef", ref));
            }
        };
    }
}
