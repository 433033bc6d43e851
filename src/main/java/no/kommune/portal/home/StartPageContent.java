package no.kommune.portal.home;

import java.util.List;

/**
 * What the start page shows: the cards, and the parts that could not be loaded (by feature name, e.g.
 * {@code deviations}), which the page names so that a missing card never reads as "nothing to do".
 */
public record StartPageContent(List<StartPageCard> cards, List<String> failedParts) {

    public StartPageContent {
        cards = List.copyOf(cards);
        failedParts = List.copyOf(failedParts);
    }
}
