package no.kommune.portal.deviations;

import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageContributor;

/** A deviations start-page part whose database is unreachable: for the start page's failure tests. */
public class BrokenStartPage implements StartPageContributor {

    @Override
    public List<StartPageCard> cardsForCurrentUser() {
        throw new IllegalStateException("Connection is not available, request timed out after 10000ms");
    }
}
