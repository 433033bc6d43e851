package no.kommune.portal.whistleblowing;

import java.time.Duration;
import no.kommune.portal.base.RateWindows;
import no.kommune.portal.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often the public channel can be used from one client (reports, added information and receipt
 * look-ups), so the form cannot be flooded and codes cannot be guessed. The client key (the address) is never
 * stored with a report; the counters hold only its keyed hash, for at most a day ({@link RateWindows}).
 * <ul>
 *   <li>Per client: at most {@code perWindow} uses of an action per {@link #WINDOW}.</li>
 *   <li>For everyone together: at most {@code portal.whistleblowing.public-writes-per-hour} reports and added
 *       messages per hour, so a flood from many addresses cannot fill the database. Look-ups write nothing and are
 *       not counted there.</li>
 * </ul>
 * The counts live in the database, so every application node behind the load balancer applies the same limit
 * (issue 13). A refused use is not counted, so a client's counter cannot grow past its limit.
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

        String bucket() {
            return "wb-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PublicRateLimit.class);

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration GLOBAL_WINDOW = Duration.ofHours(1);
    static final String ALL_WRITES = "wb-all-writes";

    private final RateWindows windows;
    private final int writesPerHour;

    public PublicRateLimit(RateWindows windows,
            @Value("${portal.whistleblowing.public-writes-per-hour:300}") int writesPerHour) {
        this.windows = windows;
        this.writesPerHour = writesPerHour;
    }

    /** Counts one use; refuses with a clear message when the client, or everyone together, used it too often. */
    public void acquire(Action action, String clientKey) {
        String key = clientKey == null ? "?" : clientKey;
        if (windows.hits(action.bucket(), key, WINDOW) >= action.perWindow) {
            throw new UserFacingException("whistleblowing.error.tooMany");
        }
        if (action.writes) {
            int lastHour = windows.hits(ALL_WRITES, "", GLOBAL_WINDOW);
            if (lastHour >= writesPerHour) {
                log.warn("Public whistleblowing channel: {} reports/messages in the last hour, refusing more for now",
                        lastHour);
                throw new UserFacingException("whistleblowing.error.busy");
            }
            windows.hit(ALL_WRITES, "");
        }
        windows.hit(action.bucket(), key);
    }

    /** Forgets everything (tests). */
    void reset() {
        for (Action action : Action.values()) {
            windows.clear(action.bucket());
        }
        windows.clear(ALL_WRITES);
    }
}
