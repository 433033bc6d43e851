package no.kommune.portal.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access needed before anyone is signed in (login). Exposes only what authentication needs,
 * so the login path never depends on the administration service and its role checks.
 */
@Service
public class UserDirectory {

    private final UserAccountRepository users;

    public UserDirectory(UserAccountRepository users) {
        this.users = users;
    }

    public record Login(String username, String passwordHash, boolean active, Set<String> roles) {
    }

    @Transactional(readOnly = true)
    public Optional<Login> findLogin(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(username.trim())
                .map(u -> new Login(u.getUsername(), u.getPasswordHash(), u.isActive(), Set.copyOf(u.getRoles())));
    }

    /**
     * A person as the identity provider describes her after single sign-on: the stable id ("issuer|object id"),
     * and what is used only for the first link or a new account (e-mail or UPN, preferred username, name).
     */
    public record SsoIdentity(String subject, String email, String preferredUsername, String fullName) {
    }

    /** Why a single sign-on was refused; the login page says it in words (login.sso.&lt;reason&gt;). */
    public enum SsoRefusal { UNKNOWN_USER, DEACTIVATED, AMBIGUOUS_EMAIL }

    /** Thrown when a signed-in directory user may not enter the portal. */
    public static class SsoRefusedException extends RuntimeException {
        private final SsoRefusal reason;

        public SsoRefusedException(SsoRefusal reason) {
            super("Single sign-on refused: " + reason);
            this.reason = reason;
        }

        public SsoRefusal reason() {
            return reason;
        }
    }

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]+");

    /**
     * The portal account of a person who signed in with single sign-on. Found by the stable id; on the first
     * sign-in linked by e-mail to an account nobody linked yet; else created when {@code createUnknown} (just in
     * time, no units: an administrator places her). Her roles become {@code rolesFromDirectory} (the directory
     * decides them), except the whistleblowing receiver role, which no token grants or removes: it follows the
     * receiver group's own rules. A deactivated account is refused.
     */
    @Transactional
    public Login signInWithSso(SsoIdentity identity, Set<String> rolesFromDirectory, boolean createUnknown) {
        if (identity.subject() == null || identity.subject().isBlank()) {
            throw new SsoRefusedException(SsoRefusal.UNKNOWN_USER);
        }
        UserAccount user = users.findBySsoSubject(identity.subject())
                .or(() -> firstLink(identity))
                .orElseGet(() -> createUnknown ? create(identity) : null);
        if (user == null) {
            throw new SsoRefusedException(SsoRefusal.UNKNOWN_USER);
        }
        if (!user.isActive()) {
            throw new SsoRefusedException(SsoRefusal.DEACTIVATED);
        }
        Set<String> roles = new HashSet<>(Roles.grantableByDirectory(rolesFromDirectory));
        if (user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            roles.add(Roles.WHISTLEBLOWING_RECEIVER);
        }
        if (!roles.equals(user.getRoles())) {
            user.setRoles(roles);
        }
        users.save(user);
        return new Login(user.getUsername(), null, true, Set.copyOf(roles));
    }

    private Optional<UserAccount> firstLink(SsoIdentity identity) {
        if (identity.email() == null || identity.email().isBlank()) {
            return Optional.empty();
        }
        List<UserAccount> matches = users.findByEmailIgnoreCaseAndSsoSubjectIsNull(identity.email().strip());
        if (matches.size() > 1) {
            // two local accounts share the address: linking either would be a guess
            throw new SsoRefusedException(SsoRefusal.AMBIGUOUS_EMAIL);
        }
        matches.forEach(u -> u.linkSso(identity.subject()));
        return matches.stream().findFirst();
    }

    private UserAccount create(SsoIdentity identity) {
        String name = identity.fullName() == null || identity.fullName().isBlank()
                ? identity.preferredUsername() : identity.fullName().strip();
        UserAccount user = new UserAccount(freeUsername(identity), name == null ? identity.subject() : name);
        if (identity.email() != null && !identity.email().isBlank()) {
            user.setEmail(identity.email().strip());
        }
        user.linkSso(identity.subject());
        return users.save(user);
    }

    /** The preferred username (or the e-mail's local part) if the portal allows it, made unique with a number. */
    private String freeUsername(SsoIdentity identity) {
        String wanted = identity.preferredUsername() != null ? identity.preferredUsername() : identity.email();
        if (wanted == null || !USERNAME.matcher(wanted).matches() || wanted.length() > 90) {
            wanted = "sso-" + Integer.toHexString(identity.subject().hashCode());
        }
        wanted = wanted.toLowerCase(Locale.ROOT);
        String candidate = wanted;
        for (int i = 2; users.existsByUsernameIgnoreCase(candidate); i++) {
            candidate = wanted + i;
        }
        return candidate;
    }

    /** Where the portal mails a user: address and display name, if the user is active and has an address. */
    public record MailAddress(String email, String fullName) {
    }

    @Transactional(readOnly = true)
    public Optional<MailAddress> mailAddressOf(String username) {
        return users.findByUsernameIgnoreCase(username)
                .filter(UserAccount::isActive)
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new MailAddress(u.getEmail(), u.getFullName()));
    }
}
