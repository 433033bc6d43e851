package no.kommune.portal.base;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes a busy connection pool visible in the log before it runs dry: every few seconds, if requests are
 * waiting for a database connection, one warning with the pool's figures (issue 15: a dry pool used to show
 * only as navigations failing after 30 s).
 */
@Component
class ConnectionPoolWatch {

    private static final Logger log = LoggerFactory.getLogger(ConnectionPoolWatch.class);

    private final DataSource dataSource;

    ConnectionPoolWatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelayString = "${portal.db.pool-watch-interval:5s}", initialDelayString = "${portal.db.pool-watch-interval:5s}")
    void check() {
        HikariPoolMXBean pool = pool();
        if (pool != null && pool.getThreadsAwaitingConnection() > 0) {
            log.warn(describe(pool));
        }
    }

    /** "pool busy: 3 requests waiting, 20 of 20 connections in use, 0 idle". */
    static String describe(HikariPoolMXBean pool) {
        return "Database connection pool busy: " + pool.getThreadsAwaitingConnection() + " requests waiting, "
                + pool.getActiveConnections() + " of " + pool.getTotalConnections() + " connections in use, "
                + pool.getIdleConnections() + " idle";
    }

    private HikariPoolMXBean pool() {
        try {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            return hikari == null ? null : hikari.getHikariPoolMXBean();
        } catch (java.sql.SQLException | RuntimeException e) {
            return null;
        }
    }
}
