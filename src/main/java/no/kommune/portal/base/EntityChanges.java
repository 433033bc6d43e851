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
import org.springframework.stereotype.Component;

/**
 * A change counter per feature ({@code decisions}, {@code deviations}, {@code organisation} ...), raised after
 * every committed insert, update or delete of an entity of that feature's package. Listening to Hibernate
 * rather than asking every write path to publish an event means a write path added tomorrow cannot forget to
 * invalidate the start pages or the lists' counters. Writes past Hibernate (JDBC, bulk updates) are not seen:
 * the caches built on it ({@code StartPageCache}, {@link CountCache}) have a time limit for those.
 * The counters live in this node's memory: with several nodes each one sees only its own writes (issue 13).
 */
@Component
@Lazy(false) // must listen from the start, even with lazy initialisation
public class EntityChanges {

    private static final String ROOT = "no.kommune.portal.";

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    EntityChanges(EntityManagerFactory entityManagerFactory) {
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

    /** Grows by at least one with every committed change in the features; never shrinks. */
    public long generation(Iterable<String> features) {
        long sum = 0;
        for (String feature : features) {
            sum += counter(feature).get();
        }
        return sum;
    }

    /** Counts a change by hand (for writes Hibernate does not see, and for tests). */
    public void changed(String feature) {
        counter(feature).incrementAndGet();
    }

    private AtomicLong counter(String feature) {
        return generations.computeIfAbsent(feature, f -> new AtomicLong());
    }

    private final class Listener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
            PostCommitDeleteEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            changed(featureOf(event.getEntity().getClass()));
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            changed(featureOf(event.getEntity().getClass()));
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            changed(featureOf(event.getEntity().getClass()));
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
