package no.kommune.portal.base;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A change counter per feature ({@code decisions}, {@code deviations}, {@code organisation} ...), raised after
 * every committed insert, update or delete of an entity of that feature's package. Listening to Hibernate
 * rather than asking every write path to publish an event means a write path added tomorrow cannot forget to
 * invalidate the start pages or the lists' counters. Writes past Hibernate (JDBC, bulk updates) are not seen:
 * the caches built on it ({@code StartPageCache}, {@link CountCache}) have a time limit for those.
 * With several nodes, each adds its changes to shared counters in the database every second and reads the others'
 * (issue 13), so a cache on one node sees a change made on another within about a second.
 */
@Component
@Lazy(false) // must listen from the start, even with lazy initialisation
public class EntityChanges {

    private static final String ROOT = "no.kommune.portal.";

    /** Users whose last change is remembered; beyond this the memory is dropped (only costs a wait, see below). */
    static final int MAX_WRITERS = 50_000;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Long> lastChangeOf = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    EntityChanges(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventListenerRegistry();
        Listener listener = new Listener();
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
    }

    /** The feature an entity or bean class belongs to: the package below {@code no.kommune.portal}. */
    public static String featureOf(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(ROOT)) {
            return "";
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    /**
     * Grows by at least one with every committed change in the features, at once for a change made on this node
     * and within {@code portal.changes.sync-interval} (1 s) for one made on another node; never shrinks.
     */
    public long generation(Iterable<String> features) {
        long sum = 0;
        for (String feature : features) {
            sum += counter(feature).generation();
        }
        return sum;
    }

    /** A number that grows with every committed entity change on this node (compare with {@link #lastChangeBy}). */
    public long changeSequence() {
        return sequence.get();
    }

    /**
     * The {@link #changeSequence()} right after the user's last committed change on this node, or 0: lets a cache
     * that may lag behind others' changes still show users their own (a user's session stays on one node).
     */
    public long lastChangeBy(String username) {
        return username == null ? 0 : lastChangeOf.getOrDefault(username, 0L);
    }

    private void committed(Object entity) {
        changed(featureOf(entity.getClass()));
        long now = sequence.incrementAndGet();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            if (lastChangeOf.size() >= MAX_WRITERS) {
                lastChangeOf.clear();
            }
            lastChangeOf.put(auth.getName(), now);
        }
    }

    /** Counts a change by hand (for writes Hibernate does not see, and for tests). */
    public void changed(String feature) {
        counter(feature).local.incrementAndGet();
    }

    /**
     * Adds this node's changes since the last run to the shared counters in the database ({@code feature_change})
     * and reads everyone's. Runs on every node (no lock): each node must learn the others' changes.
     */
    @Scheduled(fixedDelayString = "${portal.changes.sync-interval:PT1S}", initialDelayString = "PT1S")
    public void synchronise() {
        Map<String, Long> flushing = new java.util.HashMap<>();
        counters.forEach((feature, counter) -> {
            long local = counter.local.get();
            long delta = local - counter.state.get().flushed();
            if (delta > 0) {
                jdbc.update("INSERT INTO feature_change (feature, generation) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE generation = generation + ?", feature, delta, delta);
            }
            flushing.put(feature, local);
        });
        Map<String, Long> shared = new java.util.HashMap<>();
        jdbc.query("SELECT feature, generation FROM feature_change",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> shared.put(rs.getString(1), rs.getLong(2)));
        shared.forEach((feature, generation) -> {
            Counter counter = counter(feature);
            long flushed = flushing.getOrDefault(feature, counter.state.get().flushed());
            counter.state.set(new Shared(generation, flushed));
        });
    }

    private Counter counter(String feature) {
        return counters.computeIfAbsent(feature, f -> new Counter());
    }

    /**
     * One feature's count: the shared generation last read from the database, which includes this node's changes up
     * to {@code flushed}, plus this node's changes since. Both parts are replaced together, so the sum never shrinks.
     */
    private static final class Counter {
        final AtomicLong local = new AtomicLong();
        final java.util.concurrent.atomic.AtomicReference<Shared> state =
                new java.util.concurrent.atomic.AtomicReference<>(new Shared(0, 0));

        long generation() {
            Shared shared = state.get();
            return shared.generation() + local.get() - shared.flushed();
        }
    }

    private record Shared(long generation, long flushed) {
    }

    private final class Listener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
            PostCommitDeleteEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            committed(event.getEntity());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            committed(event.getEntity());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            committed(event.getEntity());
        }

        @Override
        public void onPostInsertCommitFailed(PostInsertEvent event) {
            // rolled back: nothing changed
        }

        @Override
        public void onPostUpdateCommitFailed(PostUpdateEvent event) {
            // rolled back: nothing changed
        }

        @Override
        public void onPostDeleteCommitFailed(PostDeleteEvent event) {
            // rolled back: nothing changed
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return true;
        }
    }
}
