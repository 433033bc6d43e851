package no.kommune.portal.organisation;

import java.util.Optional;
import java.util.Set;
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
