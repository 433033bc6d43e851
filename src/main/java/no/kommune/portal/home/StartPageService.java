package no.kommune.portal.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.kommune.portal.base.EntityChanges;
import no.kommune.portal.base.Formats;
import no.kommune.portal.organisation.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Collects the start-page cards of every feature for the signed-in user, through the cache of card results per
 * data scope (see {@link StartPageCache}, decision 018).
 */
@Service
public class StartPageService {

    private static final Logger log = LoggerFactory.getLogger(StartPageService.class);

    private final List<StartPageContributor> contributors;
    private final StartPageCache cache;
    private final CurrentUser currentUser;
    private final Clock clock;

    public StartPageService(List<StartPageContributor> contributors, StartPageCache cache, CurrentUser currentUser,
            Clock clock) {
        this.contributors = contributors;
        this.cache = cache;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The cards, and the parts that failed to load (each logged as an error). */
    @PreAuthorize("isAuthenticated()")
    public StartPageContent content() {
        StartPageScope scope = StartPageScope.of(currentUser, LocalDate.now(clock.withZone(Formats.ZONE)));
        String visitor = currentUser.username().orElse(null);
        List<StartPageCard> cards = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (StartPageContributor contributor : contributors) {
            try {
                cards.addAll(cache.cards(contributor, scope, visitor, contributor::cardsForCurrentUser));
            } catch (RuntimeException e) {
                // One feature failing must not take the whole start page down, but the page says what is missing.
                log.error("Start page contributor {} failed", contributor.getClass().getSimpleName(), e);
                failed.add(EntityChanges.featureOf(contributor.getClass()));
            }
        }
        cards.sort(Comparator.comparing(StartPageCard::role).thenComparingInt(StartPageCard::order));
        return new StartPageContent(cards, failed);
    }

    /** The cards alone (parts that failed are left out; see {@link #content()}). */
    @PreAuthorize("isAuthenticated()")
    public List<StartPageCard> cards() {
        return content().cards();
    }
}
