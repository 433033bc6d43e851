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
}
