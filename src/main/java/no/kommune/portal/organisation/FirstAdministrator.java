package no.kommune.portal.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no users. When {@code portal.bootstrap.admin.username} and
 * {@code -password} are given (e.g. as environment variables on first start) and no active administrator
 * exists, this creates one. It never changes an existing account, so the settings can be removed later.
 */
@Component
public class FirstAdministrator implements ApplicationRunner {

    private final BootstrapAccount bootstrap;
    private final String username;
    private final String password;

    FirstAdministrator(BootstrapAccount bootstrap,
            @Value("${portal.bootstrap.admin.username:}") String username,
            @Value("${portal.bootstrap.admin.password:}") String password) {
        this.bootstrap = bootstrap;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap.createFirst(Roles.ADMIN, "Administrator", "portal.bootstrap.admin", username, password);
    }
}
