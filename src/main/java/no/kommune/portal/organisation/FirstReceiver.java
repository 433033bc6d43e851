package no.kommune.portal.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The receiver group manages itself (decision 011), so its first member cannot come from an administrator:
 * when {@code portal.bootstrap.receiver.username} and {@code -password} are given (e.g. as environment variables
 * on first start) and no active receiver exists, this creates that account with the receiver role only. Like
 * {@link FirstAdministrator} it never changes an existing account (an administrator could otherwise create the
 * named account first and keep its password), so the settings can be removed after the first start.
 */
@Component
public class FirstReceiver implements ApplicationRunner {

    private final BootstrapAccount bootstrap;
    private final String username;
    private final String password;

    FirstReceiver(BootstrapAccount bootstrap,
            @Value("${portal.bootstrap.receiver.username:}") String username,
            @Value("${portal.bootstrap.receiver.password:}") String password) {
        this.bootstrap = bootstrap;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap.createFirst(Roles.WHISTLEBLOWING_RECEIVER, "Varslingsmottaker", "portal.bootstrap.receiver",
                username, password);
    }
}
