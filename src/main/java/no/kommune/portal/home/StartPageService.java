package no.kommune.portal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Collects the start-page cards of every feature for the signed-in user. */
@Service
public class StartPageService {

    private static final Logger log = LoggerFactory.getLogger(StartPageService.class);

    private final List<StartPageContributor> contributors;

    public StartPageService(List<StartPageContributor> contributors) {
        this.contributors = contributors;
    }

    @PreAuthorize("isAuthenticated()")
    public List<StartPageCard> cards() {
        List<StartPageCard> cards = new ArrayList<>();
        for (StartPageContributor contributor : contributors) {
            try {
                cards.addAll(contributor.cardsForCurrentUser());
            } catch (RuntimeException e) {
                // One feature failing must not take the whole start page down; the rest is still useful.
                log.error("Start page contributor {} failed", contributor.getClass().getSimpleName(), e);
            }
        }
        cards.sort(Comparator.comparing(StartPageCard::role).thenComparingInt(StartPageCard::order));
        return cards;
    }
}
