package no.kommune.portal.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once however many nodes run the portal (reminders, mail, purges) carry
 * {@code @SchedulerLock}: the node that takes the job's row in the {@code shedlock} table runs it, the others skip
 * that turn (issue 13, decision 022). The lock uses the database's clock, so the nodes' clocks need not agree.
 * {@code lockAtMostFor} on each job is the time after which a node that died mid-job no longer holds it.
 * Jobs that watch one node (the connection pool watch) carry no lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
