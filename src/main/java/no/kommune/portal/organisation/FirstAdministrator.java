package no.kommune.portal.organisation;

import java.util.Set;
import no.kommune.portal.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production database has no users. When {@code portal.bootstrap.admin.username} and
 * {@code -password} are given (e.g. as environment variables on first start) and no active administrator
 * exists, this creates one. It never changes an existing account, so the settings can be removed later.
 */
@Component
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository users, PasswordEncoder passwordEncoder,
            @Value("${portal.bootstrap.admin.username:}") String username,
            @Value("${portal.bootstrap.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (!users.findActiveUsernamesWithRole(Roles.ADMIN).isEmpty()) {
            return;
        }
        try {
            new PasswordPolicy().check(password);
        } catch (no.kommune.portal.base.UserFacingException e) {
            log.warn("portal.bootstrap.admin.password breaks the password policy ({}); no administrator created",
                    e.getMessageKey());
            return;
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            log.warn("User {} exists but is no active administrator; not changed", username);
            return;
        }
        UserAccount admin = new UserAccount(username, "Administrator");
        admin.setRoles(Set.of(Roles.ADMIN));
        admin.setPasswordHash(passwordEncoder.encode(password));
        users.save(admin);
        log.info("Created the first administrator {}", username);
    }
}
