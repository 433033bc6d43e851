package no.kommune.portal.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
public class ErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception caught = parameter.getCaughtException();
        if (isRefusedOrUnknown(caught)) {
            log.info("Refused {} to {}: {}", event.getLocation().getPathWithQueryParameters(),
                    Auditor.currentUsername(), caught.getMessage());
            return showRefused();
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Navigation failed, reference {}", ref, caught);
        return show(new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpectedWithRef", ref)), HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
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
