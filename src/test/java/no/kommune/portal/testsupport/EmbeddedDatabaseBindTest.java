package no.kommune.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 9 item 9: the embedded MariaDB (root without password) listens on the loopback address only. */
class EmbeddedDatabaseBindTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onlyWithTheEmbeddedServer() {
        assumeTrue(EmbeddedDatabase.runningPort() > 0, "this run uses an external MariaDB server");
    }

    @Test
    void embedded_database_is_bound_to_the_loopback_address() {
        assertThat(jdbc.queryForObject("select @@global.bind_address", String.class)).isEqualTo("127.0.0.1");
    }

    @Test
    void embedded_database_refuses_connections_on_other_interfaces() {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        String url = "jdbc:mariadb://" + external.get().getHostAddress() + ":" + EmbeddedDatabase.runningPort()
                + "/?connectTimeout=3000";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class);
    }

    private static Optional<InetAddress> externalAddress() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(n -> {
                        try {
                            return n.isUp() && !n.isLoopback();
                        } catch (java.net.SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .findFirst();
        } catch (java.net.SocketException e) {
            return Optional.empty();
        }
    }
}
