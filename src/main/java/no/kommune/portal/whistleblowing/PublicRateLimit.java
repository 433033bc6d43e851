package no.kommune.portal.whistleblowing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.kommune.portal.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Limits how often the public channel can be used from one client (reports, added information and receipt
 * look-ups), so the form cannot be flooded and codes cannot be guessed. Kept in memory only: the client key
 * (the address) is never stored with a report.
 */
@Component
public class PublicRateLimit {

    public enum Action {
        REPORT(5), LOOKUP(20), MESSAGE(20);

        private final int perWindow;

        Action(int perWindow) {
            this.perWindow = perWindow;
        }
    }

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    public PublicRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one use; refuses with a clear message when the client has used the action too often. */
    public void acquire(Action action, String clientKey) {
        String key = action + "|" + (clientKey == null ? "?" : clientKey);
        Instant now = clock.instant();
        if (hits.size() > MAX_KEYS) {
            hits.clear();
        }
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= action.perWindow) {
                throw new UserFacingException("whistleblowing.error.tooMany");
            }
            times.addLast(now);
        }
    }

    /** Forgets everything (tests). */
    void reset() {
        hits.clear();
    }
}
