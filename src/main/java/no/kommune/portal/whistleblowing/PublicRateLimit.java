package no.kommune.portal.whistleblowing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import no.kommune.portal.base.BoundedExpiringMap;
import no.kommune.portal.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often the public channel can be used from one client (reports, added information and receipt
 * look-ups), so the form cannot be flooded and codes cannot be guessed. Kept in memory only: the client key
 * (the address) is never stored with a report.
 * <ul>
 *   <li>Per client: at most {@code perWindow} uses of an action per {@link #WINDOW}. The counters live in a bounded
 *       map ({@value #MAX_CLIENTS} clients, least recently used dropped first) whose entries expire with the
 *       window, so a flood of new addresses cannot exhaust memory nor reset everyone's counter.</li>
 *   <li>For everyone together: at most {@code portal.whistleblowing.public-writes-per-hour} reports and added
 *       messages per hour, so a flood from many addresses cannot fill the database. Look-ups write nothing and are
 *       not counted there.</li>
 * </ul>
 * The client is the TCP peer, or the X-Forwarded-For address when the peer is a trusted proxy
 * ({@code portal.security.trusted-proxies}); see decision 012.
 */
@Component
public class PublicRateLimit {

    public enum Action {
        REPORT(5, true), LOOKUP(20, false), MESSAGE(20, true);

        private final int perWindow;
        private final boolean writes;

        Action(int perWindow, boolean writes) {
            this.perWindow = perWindow;
            this.writes = writes;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimit.class);

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration GLOBAL_WINDOW = Duration.ofHours(1);
    static final int MAX_CLIENTS = 50_000;

    private final Clock clock;
    private final int writesPerHour;
    private final BoundedExpiringMap<String, Deque<Instant>> hits;
    private final Deque<Instant> allWrites = new ArrayDeque<>();

    @Autowired
    public PublicRateLimit(Clock clock, @Value("${portal.whistleblowing.public-writes-per-hour:300}") int writesPerHour) {
        this(clock, writesPerHour, MAX_CLIENTS);
    }

    PublicRateLimit(Clock clock, int writesPerHour, int maxClients) {
        this.clock = clock;
        this.writesPerHour = writesPerHour;
        this.hits = new BoundedExpiringMap<>(clock, maxClients);
    }

    /** Counts one use; refuses with a clear message when the client, or everyone together, used it too often. */
    public void acquire(Action action, String clientKey) {
        String key = action + "|" + (clientKey == null ? "?" : clientKey);
        Instant now = clock.instant();
        boolean[] refused = {false};
        hits.update(key, previous -> {
            Deque<Instant> times = previous == null ? new ArrayDeque<>() : previous;
            dropOlderThan(times, now.minus(WINDOW));
            if (times.size() >= action.perWindow) {
                refused[0] = true;
            } else {
                times.addLast(now);
            }
            return times;
        }, WINDOW);
        if (refused[0]) {
            throw new UserFacingException("whistleblowing.error.tooMany");
        }
        if (action.writes) {
            acquireGlobal(now);
        }
    }

    private synchronized void acquireGlobal(Instant now) {
        dropOlderThan(allWrites, now.minus(GLOBAL_WINDOW));
        if (allWrites.size() >= writesPerHour) {
            log.warn("Public whistleblowing channel: {} reports/messages in the last hour, refusing more for now",
                    allWrites.size());
            throw new UserFacingException("whistleblowing.error.busy");
        }
        allWrites.addLast(now);
    }

    private static void dropOlderThan(Deque<Instant> times, Instant limit) {
        while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
            times.pollFirst();
        }
    }

    int trackedClients() {
        return hits.size();
    }

    /** Forgets everything (tests). */
    synchronized void reset() {
        hits.clear();
        allWrites.clear();
    }
}
