package no.kommune.portal.base;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hits per key over a sliding time window, kept in the database so that every application node counts the same
 * hits (issue 13): the login throttle and the public whistleblowing channel's rate limit. One row per hit, one
 * indexed count per check.
 *
 * <p>A check and the hit after it are two statements: two nodes answering the same client at the same instant may
 * both let one more use through. For throttling that is acceptable; it is not a quota.
 * Keys are stored only as an HMAC with a secret held outside the database ({@code portal.rate-limit.key}, by
 * default the whistleblowing pepper), so the table shows neither addresses nor user names. Hits older than a day
 * are deleted every ten minutes: the rows are working state, not records.
 */
@Component
public class RateWindows {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecretKeySpec key;

    public RateWindows(JdbcTemplate jdbc, Clock clock,
            @Value("${portal.rate-limit.key:${portal.whistleblowing.pepper:}}") String secret) {
        this.jdbc = jdbc;
        this.clock = clock;
        String effective = secret.isBlank() ? "development-only-rate-limit-key" : secret;
        this.key = new SecretKeySpec(effective.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Records one hit for the key now. */
    public void hit(String bucket, String rawKey) {
        jdbc.update("INSERT INTO rate_hit (bucket, key_hash, hit_at) VALUES (?, ?, ?)", bucket, hash(bucket, rawKey),
                clock.millis());
    }

    /** The key's hits within the last {@code window}. */
    public int hits(String bucket, String rawKey, Duration window) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM rate_hit WHERE bucket = ? AND key_hash = ?"
                + " AND hit_at > ?", Integer.class, bucket, hash(bucket, rawKey), clock.millis() - window.toMillis());
        return count == null ? 0 : count;
    }

    /** Forgets the key's hits (a successful login clears its user's failures). */
    public void reset(String bucket, String rawKey) {
        jdbc.update("DELETE FROM rate_hit WHERE bucket = ? AND key_hash = ?", bucket, hash(bucket, rawKey));
    }

    /** Deletes hits older than a day (no limit here looks further back than an hour). */
    @Scheduled(fixedDelayString = "${portal.rate-limit.purge-interval:PT10M}", initialDelayString = "PT5M")
    @SchedulerLock(name = "rate-hit-purge", lockAtMostFor = "PT5M")
    public void purge() {
        jdbc.update("DELETE FROM rate_hit WHERE hit_at < ?", clock.millis() - KEPT.toMillis());
    }

    /** Forgets every hit of the bucket (tests). */
    public void clear(String bucket) {
        jdbc.update("DELETE FROM rate_hit WHERE bucket = ?", bucket);
    }

    private String hash(String bucket, String rawKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((bucket + "|" + rawKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
