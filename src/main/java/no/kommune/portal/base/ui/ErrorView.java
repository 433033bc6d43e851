package no.kommune.portal.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page fails unexpectedly: a readable message and a reference, no stack trace. */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Navigation failed, reference {}", ref, parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpectedWithRef", ref)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
