package no.kommune.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts over many rows (a list's total and its counters per status) kept per query until an entity of a feature
 * they read changes, or at most {@code portal.count-cache.ttl} (default 2 minutes, for writes Hibernate does not
 * see). Opening a list of 100 000 mandates ran three aggregate queries over every row on every visit (≈ 0.3 s);
 * a change is seen by the next visitor, since the change counter is read before the count is made.
 *
 * <p>The key must hold everything the count depends on: the filter, the reader's scope (user or units) and the
 * day, when "delayed" or "overdue" is part of it. Values must be immutable.
 */
@Component
public class CountCache {

    static final int MAX_ENTRIES = 10_000;

    private final EntityChanges changes;
    private final Duration ttl;
    private final BoundedExpiringMap<Object, Entry> entries;

    CountCache(EntityChanges changes, Clock clock, @Value("${portal.count-cache.ttl:2m}") Duration ttl) {
        this.changes = changes;
        this.ttl = ttl;
        this.entries = new BoundedExpiringMap<>(clock, MAX_ENTRIES);
    }

    private record Entry(long generation, Object value) {
    }

    /** The cached value for the key, or {@code count.get()} when none is cached or a feature changed since. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, List<String> features, Supplier<T> count) {
        long generation = changes.generation(features);
        Entry cached = entries.get(key);
        if (cached != null && cached.generation() == generation) {
            return (T) cached.value();
        }
        // two visitors may count the same key at once; both get a right answer and the map keeps one of them
        T value = count.get();
        entries.update(key, previous -> new Entry(generation, value), ttl);
        return value;
    }
}
