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
 * The receiver group manages itself (decision 011), so its first member cannot come from an administrator:
 * when {@code portal.bootstrap.receiver.username} and {@code -password} are given (e.g. as environment variables
 * on first start) and no active receiver exists, this creates that account with the receiver role only. Like
 * {@link FirstAdministrator} it never changes an existing account (an administrator could otherwise create the
 * named account first and keep its password), so the settings can be removed after the first start.
 */
@Component
public class FirstReceiver implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstReceiver.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    FirstReceiver(UserAccountRepository users, PasswordEncoder passwordEncoder,
            @Value("${portal.bootstrap.receiver.username:}") String username,
            @Value("${portal.bootstrap.receiver.password:}") String password) {
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
        if (!users.findActiveUsernamesWithRole(Roles.WHISTLEBLOWING_RECEIVER).isEmpty()) {
            return;
        }
        try {
            new PasswordPolicy().check(password);
        } catch (no.kommune.portal.base.UserFacingException e) {
            log.warn("portal.bootstrap.receiver.password breaks the password policy ({}); no receiver created",
                    e.getMessageKey());
            return;
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            log.warn("User {} exists already; not made a receiver (name a new account for the first receiver)",
                    username);
            return;
        }
        UserAccount receiver = new UserAccount(username, "Varslingsmottaker");
        receiver.setRoles(Set.of(Roles.WHISTLEBLOWING_RECEIVER));
        receiver.setPasswordHash(passwordEncoder.encode(password));
        users.save(receiver);
        log.info("Created the first whistleblowing receiver {}", username);
    }
}
