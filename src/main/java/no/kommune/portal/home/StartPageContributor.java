package no.kommune.portal.home;

import java.util.List;

/**
 * Implemented by each feature (decisions, checklists, deviations ...) to put its figures on the start pages.
 * A contributor returns cards only for roles the signed-in user holds, with numbers limited to what the
 * user may see: it is called inside the feature's own secured services.
 */
public interface StartPageContributor {

    List<StartPageCard> cardsForCurrentUser();

    /**
     * The features whose changes make this contributor's cached cards stale, besides its own and the organisation;
     * for a contributor that summarises other features (the first-start checklist).
     */
    default List<String> alsoDependsOn() {
        return List.of();
    }
}
