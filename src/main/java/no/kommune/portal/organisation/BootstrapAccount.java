package no.kommune.portal.organisation;

import java.util.Set;
import no.kommune.portal.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first holder of a role from configuration on a fresh database (the first administrator, the first
 * whistleblowing receiver). Only while nobody active holds the role, only for a new account (an existing one is
 * never changed, so nobody can prepare the named account in advance and keep its password), and only with a
 * password the policy accepts.
 */
@Component
class BootstrapAccount {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAccount.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    BootstrapAccount(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    /**
     * @param property the configuration prefix the values came from, named in the log
     */
    @Transactional
    void createFirst(String role, String fullName, String property, String username, String password) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (!users.findActiveUsernamesWithRole(role).isEmpty()) {
            return;
        }
        try {
            passwordPolicy.check(password);
        } catch (UserFacingException e) {
            log.warn("{}.password breaks the password policy ({}); no account created", property, e.getMessageKey());
            return;
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            log.warn("User {} exists already; not given {} (name a new account in {}.username)", username, role,
                    property);
            return;
        }
        UserAccount account = new UserAccount(username, fullName);
        account.setRoles(Set.of(role));
        account.setPasswordHash(passwordEncoder.encode(password));
        users.save(account);
        log.info("Created {} with role {} from {}", username, role, property);
    }
}
