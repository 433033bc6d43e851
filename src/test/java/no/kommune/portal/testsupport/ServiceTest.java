package no.kommune.portal.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of service tests: the whole application against the real (embedded) MariaDB, no mocks.
 * Tests create their own units and users through {@code OrgFixtures}, with unique names, so they
 * do not depend on each other or on demo data.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ServiceTest {

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void useThisContextsSecurity() {
        TestSecurity.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestSecurity.clear();
    }
}
