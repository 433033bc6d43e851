package no.kommune.portal.home;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.kommune.portal.base.EntityChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The cards of one contributor for one data scope, kept until something in the contributor's feature (or in the
 * organisation: names, leaders, memberships) changes, or at most {@code portal.start-page.cache-ttl} (default
 * 5 minutes, for writes Hibernate does not see). Decisions 018 and 027:
 * <ul>
 * <li>Only one computation of an entry runs at a time; only the very first one of a scope is waited for.</li>
 * <li>After someone else's change, the visitor gets the cards from before it at once, and they are recomputed in
 * the background, at most once per {@code portal.start-page.min-refresh} (default 10 s) per entry: with many
 * changes a minute, recomputing the municipality's figures after each one kept the database busy with nothing
 * else (issue 15's load run).</li>
 * <li>Personal cards (a leader's "my mandates") show the visitor's own change at once: a visitor who changed
 * something after they were computed waits for a computation that started after that change. Shared figures
 * (management, quality, a body) show it with the others' changes, within the interval.</li>
 * </ul>
 * Charts are part of the cards, so they too are drawn once per computation instead of once per visit.
 */
@Component
public class StartPageCache {

    /** Entries beyond this are dropped all at once: a crude bound that a municipality's scopes never reach. */
    static final int MAX_ENTRIES = 20_000;

    private static final Logger log = LoggerFactory.getLogger(StartPageCache.class);

    private final EntityChanges changes;
    private final Clock clock;
    private final Duration ttl;
    private final Duration minRefresh;
    private final Executor refresher;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();

    @Autowired
    StartPageCache(EntityChanges changes, Clock clock, @Value("${portal.start-page.cache-ttl:5m}") Duration ttl,
            @Value("${portal.start-page.min-refresh:10s}") Duration minRefresh,
            @Value("${portal.start-page.refresh-threads:1}") int refreshThreads) {
        this(changes, clock, ttl, minRefresh, refreshThreads < 1 ? Runnable::run : refreshPool(refreshThreads));
    }

    /** @param refresher runs the background recomputations ({@code Runnable::run}: in the visitor's thread) */
    StartPageCache(EntityChanges changes, Clock clock, Duration ttl, Duration minRefresh, Executor refresher) {
        this.changes = changes;
        this.clock = clock;
        this.ttl = ttl;
        this.minRefresh = minRefresh;
        this.refresher = refresher;
    }

    record Key(Class<?> contributor, StartPageScope scope) {
    }

    /** The contributor's cards for the scope, for a visitor who made no change of their own. */
    public List<StartPageCard> cards(StartPageContributor contributor, StartPageScope scope,
            Supplier<List<StartPageCard>> compute) {
        return cards(contributor, scope, null, compute);
    }

    /**
     * The contributor's cards for the scope: cached, the previous ones while they are recomputed, or computed now
     * (the scope's first computation, or the visitor's own change is newer than the cached cards).
     *
     * @param visitor the signed-in user's name, whose own changes must show (null: none)
     */
    public List<StartPageCard> cards(StartPageContributor contributor, StartPageScope scope, String visitor,
            Supplier<List<StartPageCard>> compute) {
        if (slots.size() >= MAX_ENTRIES) {
            slots.clear();
        }
        Slot slot = slots.computeIfAbsent(new Key(contributor.getClass(), scope), k -> new Slot());
        List<String> features = dependencies(contributor);
        // only personal cards wait for the visitor's own change: shared figures aggregate everyone's work, and
        // waiting for them after every writer's change kept one computation per writer running (issue 15)
        long ownChange = scope.personal() == null ? 0 : changes.lastChangeBy(visitor);
        while (true) {
            Run wait;
            Run refresh = null;
            List<StartPageCard> meanwhile = null;
            synchronized (slot) {
                // the generation is read before computing: a change committed meanwhile makes the result stale
                long generation = changes.generation(features);
                Instant now = clock.instant();
                Computed last = slot.last;
                if (last != null && last.isFresh(generation, now)) {
                    return last.cards();
                }
                if (last != null && ownChange <= last.changesBefore()) {
                    meanwhile = last.cards();
                    if (slot.running == null && last.mayRefresh(now, minRefresh)) {
                        refresh = slot.start(generation, changes.changeSequence(), now, now.plus(ttl));
                    }
                    wait = null;
                } else if (slot.running != null) {
                    // nothing computed yet, or the visitor's own change is newer: one computation at a time
                    wait = slot.running;
                } else {
                    wait = slot.start(generation, changes.changeSequence(), now, now.plus(ttl));
                    refresh = wait;
                }
            }
            if (meanwhile != null) {
                if (refresh != null) {
                    refreshInBackground(slot, refresh, compute);
                    if (refresh.result.isDone() && !refresh.result.isCompletedExceptionally()) {
                        return refresh.result.join(); // the refresher ran in this thread (refresh-threads=0)
                    }
                }
                return meanwhile;
            }
            if (refresh != null) {
                compute(slot, wait, compute);
            }
            List<StartPageCard> cards;
            try {
                cards = wait.result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            if (wait.changesBefore >= ownChange) {
                return cards;
            }
            // that computation started before the visitor's change: the next one includes it
        }
    }

    /** Drops every entry (administrative use and tests). */
    public void clear() {
        slots.clear();
    }

    int size() {
        return slots.size();
    }

    @PreDestroy
    void stop() {
        if (refresher instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    private void refreshInBackground(Slot slot, Run run, Supplier<List<StartPageCard>> compute) {
        // the contributor reads the signed-in user; everyone in the scope sees the same cards, so the visitor's will do
        Runnable task = DelegatingSecurityContextRunnable.create(() -> {
            try {
                compute(slot, run, compute);
            } catch (RuntimeException | Error e) {
                log.error("Start page cards could not be refreshed; the previous ones are shown", e);
            }
        }, SecurityContextHolder.getContext());
        try {
            refresher.execute(task);
        } catch (RejectedExecutionException e) {
            slot.finished(run, null); // the refresher is full: a later visit tries again
            run.result.completeExceptionally(e);
        }
    }

    private static void compute(Slot slot, Run run, Supplier<List<StartPageCard>> compute) {
        List<StartPageCard> cards;
        try {
            cards = List.copyOf(compute.get());
        } catch (RuntimeException | Error e) {
            slot.finished(run, null); // a failed computation is not cached
            run.result.completeExceptionally(e);
            throw e;
        }
        slot.finished(run, cards);
        run.result.complete(cards);
    }

    private static List<String> dependencies(StartPageContributor contributor) {
        List<String> features = new java.util.ArrayList<>(List.of(EntityChanges.featureOf(contributor.getClass()),
                "organisation"));
        features.addAll(contributor.alsoDependsOn());
        return features;
    }

    private static ExecutorService refreshPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "start-page-refresh");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The cards of one computation, and what it had seen: the change generation and this node's change count. */
    private record Computed(long generation, long changesBefore, Instant startedAt, Instant expires,
            List<StartPageCard> cards) {

        boolean isFresh(long currentGeneration, Instant now) {
            return generation == currentGeneration && now.isBefore(expires);
        }

        /** Past the minimum interval since this computation started, or past its time limit. */
        boolean mayRefresh(Instant now, Duration minRefresh) {
            return !now.isBefore(startedAt.plus(minRefresh)) || !now.isBefore(expires);
        }
    }

    /** A computation in progress. */
    private static final class Run {

        final long generation;
        final long changesBefore;
        final Instant startedAt;
        final Instant expires;
        final CompletableFuture<List<StartPageCard>> result = new CompletableFuture<>();

        Run(long generation, long changesBefore, Instant startedAt, Instant expires) {
            this.generation = generation;
            this.changesBefore = changesBefore;
            this.startedAt = startedAt;
            this.expires = expires;
        }
    }

    /** One entry: the last computed cards and the computation running, if any. Guarded by its own monitor. */
    private static final class Slot {

        private Computed last;
        private Run running;

        /** Called with the monitor held. */
        Run start(long generation, long changesBefore, Instant startedAt, Instant expires) {
            running = new Run(generation, changesBefore, startedAt, expires);
            return running;
        }

        synchronized void finished(Run run, List<StartPageCard> cards) {
            if (running == run) {
                running = null;
            }
            // a slower, older computation must not replace the cards of a newer one
            if (cards != null && (last == null || run.changesBefore >= last.changesBefore())) {
                last = new Computed(run.generation, run.changesBefore, run.startedAt, run.expires, cards);
            }
        }
    }
}
