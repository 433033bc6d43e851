package no.kommune.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.kommune.portal.base.Auditor;
import no.kommune.portal.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when opening a page fails. A record outside the user's scope and an unknown id give the same
 * "Du har ikke tilgang" page with HTTP 403 (so the answer does not tell whether the id exists), logged at INFO
 * without a stack trace: it is expected, not a fault. Anything else is unexpected: a readable message and a
 * reference, the stack trace only in the log.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private int status;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        Exception caught = parameter.getCaughtException();
        if (isRefusedOrUnknown(caught)) {
            log.info("Refused {} to {}: {}", event.getLocation().getPathWithQueryParameters(),
                    Auditor.currentUsername(), caught.getMessage());
            status = showRefused(this);
            return status;
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Navigation failed, reference {}", ref, caught);
        page(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.unexpectedWithRef", ref)));
        status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        return status;
    }

    /**
     * The page stands without the menu (it is also what a first request by URL gets, before any layout), so it
     * brings its own landmark, level-one heading and a way back to the start page.
     */
    private void page(com.vaadin.flow.component.Component title, Paragraph text) {
        page(this, title, text);
    }

    private static void page(VerticalLayout view, com.vaadin.flow.component.Component title, Paragraph text) {
        Anchor home = new Anchor(".", view.getTranslation("error.toStart"));
        home.setId("error-home");
        view.add(new Main(title, text, home));
    }

    /** Shows "Du har ikke tilgang" in the view; returns the HTTP status that goes with it (403). */
    static int showRefused(VerticalLayout view) {
        view.removeAll();
        H1 title = new H1(view.getTranslation("error.forbidden.title"));
        title.setId("forbidden-title");
        page(view, title, new Paragraph(view.getTranslation("error.forbidden.text")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The HTTP status this page answered with (for tests). */
    public int status() {
        return status;
    }

    static boolean isRefusedOrUnknown(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof AccessDeniedException) {
                return true;
            }
            if (e instanceof UserFacingException ufe && "error.notFound".equals(ufe.getMessageKey())) {
                return true;
            }
        }
        return false;
    }
}
