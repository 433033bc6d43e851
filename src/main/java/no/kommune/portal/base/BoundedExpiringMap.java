package no.kommune.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An in-memory map for throttling counters: every entry expires a given time after its last write, and the map
 * never holds more than {@code maxEntries} (the least recently used entry is dropped first). Memory stays bounded
 * under a flood of new keys without forgetting every counter at once, as clearing a full map would.
 * One lock for all operations: the maps are small and each operation is short.
 */
public final class BoundedExpiringMap<K, V> {

    private static final int SWEEP_EVERY_WRITES = 1024;

    private final Clock clock;
    private final int maxEntries;
    private final LinkedHashMap<K, Timed<V>> entries;
    private int writesSinceSweep;

    public BoundedExpiringMap(Clock clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Timed<V>> eldest) {
                return size() > BoundedExpiringMap.this.maxEntries;
            }
        };
    }

    /** The live value, or null if absent or expired. */
    public synchronized V get(K key) {
        Timed<V> e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!e.expiresAt.isAfter(clock.instant())) {
            entries.remove(key);
            return null;
        }
        return e.value;
    }

    /**
     * Replaces the value with {@code change(current)} (current is null when absent or expired); the entry then
     * lives {@code timeToLive} from now. A null result removes the entry. Returns the new value.
     */
    public synchronized V update(K key, UnaryOperator<V> change, Duration timeToLive) {
        V next = change.apply(get(key));
        if (next == null) {
            entries.remove(key);
        } else {
            entries.put(key, new Timed<>(next, clock.instant().plus(timeToLive)));
        }
        if (++writesSinceSweep >= SWEEP_EVERY_WRITES) {
            sweep();
        }
        return next;
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    /** Number of live entries (expired ones are dropped first). */
    public synchronized int size() {
        sweep();
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    private void sweep() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expiresAt.isAfter(now));
        writesSinceSweep = 0;
    }

    private record Timed<V>(V value, Instant expiresAt) {
    }
}
