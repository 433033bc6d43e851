package no.kommune.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.kommune.portal.base.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route the user's roles do not allow, or one that does not exist: Vaadin turns both into "not found" so the
 * answer does not tell which routes exist. Instead of Vaadin's English page (which in development mode lists every
 * route), the user gets the same "Du har ikke tilgang" page and HTTP 403 as for a record outside her scope
 * ({@link ErrorView}); paths that are no route at all get 403 from Spring Security before they reach Vaadin.
 * Expected, so logged at INFO without a stack trace. Anonymous: an error view must be reachable by everyone.
 */
@AnonymousAllowed
public class RefusedRouteView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(RefusedRouteView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("Refused route {} to {}", event.getLocation().getPathWithQueryParameters(),
                Auditor.currentUsername());
        return showRefused();
    }
}
