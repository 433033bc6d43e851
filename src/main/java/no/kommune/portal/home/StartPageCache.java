package no.kommune.portal.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import no.kommune.portal.base.EntityChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cards of one contributor for one data scope, kept until something in the contributor's feature (or in the
 * organisation: names, leaders, memberships) changes, or at most {@code portal.start-page.cache-ttl} (default
 * 5 minutes, for writes Hibernate does not see). With many users opening the start page at once, only one of
 * them computes a given entry; the others get the cards from before the change while it runs (or, the very
 * first time, wait for its result) instead of running the same queries. The visitor who finds an entry stale
 * computes it and sees the change; visitors during that computation (seconds under heavy load) still see the
 * cards from before it, and everyone after it the new ones.
 * Charts are part of the cards, so they too are drawn once per change instead of once per visit.
 */
@Component
public class StartPageCache {

    /** Entries beyond this are dropped all at once: a crude bound that a municipality's scopes never reach. */
    static final int MAX_ENTRIES = 20_000;

    private final EntityChanges changes;
    private final Clock clock;
    private final Duration ttl;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    StartPageCache(EntityChanges changes, Clock clock,
            @Value("${portal.start-page.cache-ttl:5m}") Duration ttl) {
        this.changes = changes;
        this.clock = clock;
        this.ttl = ttl;
    }

    record Key(Class<?> contributor, StartPageScope scope) {
    }

    /** The contributor's cards for the scope: cached, or computed now (once, however many ask). */
    public List<StartPageCard> cards(StartPageContributor contributor, StartPageScope scope,
            Supplier<List<StartPageCard>> compute) {
        Key key = new Key(contributor.getClass(), scope);
        List<String> features = dependencies(contributor);
        while (true) {
            Entry entry = entries.get(key);
            if (entry != null && !entry.isDone() && entry.previous() != null) {
                // being recomputed after a change: the cards from before it, rather than a wait (seconds under load)
                return entry.previous();
            }
            if (entry != null && entry.isFresh(changes.generation(features), clock.instant())) {
                List<StartPageCard> cards = entry.await();
                if (cards != null) {
                    return cards;
                }
                entries.remove(key, entry); // its computation failed; try ourselves
                continue;
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            // the generation is read before computing: a change committed meanwhile makes the entry stale at once
            Entry mine = new Entry(changes.generation(features), clock.instant().plus(ttl),
                    entry == null ? null : entry.doneCards());
            boolean won = entry == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, entry, mine);
            if (!won) {
                continue; // someone else started computing it; take theirs (or the previous cards) next time round
            }
            try {
                List<StartPageCard> cards = List.copyOf(compute.get());
                mine.complete(cards);
                return cards;
            } catch (RuntimeException | Error e) {
                mine.complete(null);
                entries.remove(key, mine);
                throw e;
            }
        }
    }

    /** Drops every entry (administrative use and tests). */
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private static List<String> dependencies(StartPageContributor contributor) {
        List<String> features = new java.util.ArrayList<>(List.of(EntityChanges.featureOf(contributor.getClass()),
                "organisation"));
        features.addAll(contributor.alsoDependsOn());
        return features;
    }

    private static final class Entry {

        private final long generation;
        private final Instant expires;
        private final List<StartPageCard> previous;
        private List<StartPageCard> cards;
        private boolean done;

        /** @param previous the cards this entry replaces, served while it is computed (null: nothing to serve) */
        Entry(long generation, Instant expires, List<StartPageCard> previous) {
            this.generation = generation;
            this.expires = expires;
            this.previous = previous;
        }

        boolean isFresh(long currentGeneration, Instant now) {
            return generation == currentGeneration && now.isBefore(expires);
        }

        List<StartPageCard> previous() {
            return previous;
        }

        synchronized boolean isDone() {
            return done;
        }

        /** The computed cards, or null while computing or after a failure. */
        synchronized List<StartPageCard> doneCards() {
            return done ? cards : null;
        }

        synchronized void complete(List<StartPageCard> result) {
            cards = result;
            done = true;
            notifyAll();
        }

        /** The result, waiting for the computation if it runs; null when it failed. */
        synchronized List<StartPageCard> await() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return cards;
        }
    }
}
