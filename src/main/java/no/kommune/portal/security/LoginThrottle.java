package no.kommune.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.kommune.portal.base.BoundedExpiringMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing on two keys:
 * <ul>
 *   <li>per client address: after {@value #ADDRESS_MAX_FAILURES} failed logins from one address, that address may
 *       not try again for {@link #LOCK_TIME} (checked by {@link LoginAddressThrottleFilter} before any password
 *       check);</li>
 *   <li>per user name: after {@value #USER_MAX_FAILURES} failed logins the account is locked for {@link #LOCK_TIME}.
 *   </li>
 * </ul>
 * The address limit is lower, so one attacker's address is stopped before she can lock out the administrator or a
 * whistleblowing receiver; locking an account takes failures from several addresses. Kept in memory on purpose
 * (bounded, expiring maps): a restart resets the counters, which is acceptable for throttling and avoids a write
 * per failed login.
 */
@Component
public class LoginThrottle {

    static final int USER_MAX_FAILURES = 10;
    static final int ADDRESS_MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    static final int MAX_TRACKED_KEYS = 20_000;

    private final BoundedExpiringMap<String, Attempts> users;
    private final BoundedExpiringMap<String, Attempts> addresses;
    private final Clock clock;
    private final int userMaxFailures;
    private final int addressMaxFailures;

    /**
     * The limits are properties only so that test runs, where every browser signs in from 127.0.0.1, can raise the
     * address limit; production keeps the defaults (address limit below the user limit).
     */
    @Autowired
    public LoginThrottle(@Value("${portal.security.login.user-max-failures:" + USER_MAX_FAILURES + "}") int userMax,
            @Value("${portal.security.login.address-max-failures:" + ADDRESS_MAX_FAILURES + "}") int addressMax) {
        this(Clock.systemUTC(), userMax, addressMax);
    }

    LoginThrottle(Clock clock) {
        this(clock, USER_MAX_FAILURES, ADDRESS_MAX_FAILURES);
    }

    LoginThrottle(Clock clock, int userMaxFailures, int addressMaxFailures) {
        this.clock = clock;
        this.userMaxFailures = userMaxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.users = new BoundedExpiringMap<>(clock, MAX_TRACKED_KEYS);
        this.addresses = new BoundedExpiringMap<>(clock, MAX_TRACKED_KEYS);
    }

    int addressMaxFailures() {
        return addressMaxFailures;
    }

    public boolean isBlocked(String username) {
        return locked(users.get(key(username)));
    }

    public boolean isAddressBlocked(String address) {
        return address != null && locked(addresses.get(address));
    }

    public void recordFailure(String username) {
        count(users, key(username), userMaxFailures);
    }

    public void recordAddressFailure(String address) {
        if (address != null) {
            count(addresses, address, addressMaxFailures);
        }
    }

    /** A successful login clears the user's counter, not the address's: one own account must not reset it. */
    public void recordSuccess(String username) {
        users.remove(key(username));
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    /** Every failure counts for the address, also tries against locked or deactivated accounts. */
    @EventListener
    void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            recordAddressFailure(details.getRemoteAddress());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private boolean locked(Attempts a) {
        return a != null && a.lockedUntil != null && a.lockedUntil.isAfter(clock.instant());
    }

    private void count(BoundedExpiringMap<String, Attempts> map, String key, int maxFailures) {
        map.update(key, a -> {
            Attempts current = a == null || (a.lockedUntil != null && !locked(a)) ? new Attempts(0, null) : a;
            int failures = current.failures + 1;
            return new Attempts(failures, failures >= maxFailures ? clock.instant().plus(LOCK_TIME) : null);
        }, LOCK_TIME);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Attempts(int failures, Instant lockedUntil) {
    }
}
