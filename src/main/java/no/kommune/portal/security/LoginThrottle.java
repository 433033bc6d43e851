package no.kommune.portal.security;

import java.time.Duration;
import java.util.Locale;
import no.kommune.portal.base.RateWindows;
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
 *   <li>per client address: after {@value #ADDRESS_MAX_FAILURES} failed logins from one address within
 *       {@link #LOCK_TIME}, that address may not try again until its failures are older than that (checked by
 *       {@link LoginAddressThrottleFilter} before any password check);</li>
 *   <li>per user name: after {@value #USER_MAX_FAILURES} failed logins within {@link #LOCK_TIME} the account is
 *       locked the same way.</li>
 * </ul>
 * The address limit is lower, so one attacker's address is stopped before she can lock out the administrator or a
 * whistleblowing receiver; locking an account takes failures from several addresses. The failures are counted in
 * the database ({@link RateWindows}), so an attacker cannot multiply her tries by the number of application nodes
 * behind the load balancer (issue 13); a write per failed login is cheap next to the bcrypt check before it.
 */
@Component
public class LoginThrottle {

    static final int USER_MAX_FAILURES = 10;
    static final int ADDRESS_MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    static final String USERS = "login-user";
    static final String ADDRESSES = "login-address";

    private final RateWindows windows;
    private final int userMaxFailures;
    private final int addressMaxFailures;

    /**
     * The limits are properties only so that test runs, where every browser signs in from 127.0.0.1, can raise the
     * address limit; production keeps the defaults (address limit below the user limit).
     */
    @Autowired
    public LoginThrottle(RateWindows windows,
            @Value("${portal.security.login.user-max-failures:" + USER_MAX_FAILURES + "}") int userMax,
            @Value("${portal.security.login.address-max-failures:" + ADDRESS_MAX_FAILURES + "}") int addressMax) {
        this.windows = windows;
        this.userMaxFailures = userMax;
        this.addressMaxFailures = addressMax;
    }

    LoginThrottle(RateWindows windows) {
        this(windows, USER_MAX_FAILURES, ADDRESS_MAX_FAILURES);
    }

    int addressMaxFailures() {
        return addressMaxFailures;
    }

    public boolean isBlocked(String username) {
        return windows.hits(USERS, key(username), LOCK_TIME) >= userMaxFailures;
    }

    public boolean isAddressBlocked(String address) {
        return address != null && windows.hits(ADDRESSES, address, LOCK_TIME) >= addressMaxFailures;
    }

    public void recordFailure(String username) {
        windows.hit(USERS, key(username));
    }

    public void recordAddressFailure(String address) {
        if (address != null) {
            windows.hit(ADDRESSES, address);
        }
    }

    /** A successful login clears the user's counter, not the address's: one own account must not reset it. */
    public void recordSuccess(String username) {
        windows.reset(USERS, key(username));
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

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
