package no.kommune.portal.home;

import java.util.List;

/**
 * Implemented by each feature (decisions, checklists, deviations ...) to put its figures on the start pages.
 * A contributor returns cards only for roles the signed-in user holds, with numbers limited to what the
 * user may see: it is called inside the feature's own secured services.
 */
public interface StartPageContributor {

    List<StartPageCard> cardsForCurrentUser();
}
