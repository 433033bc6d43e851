package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import no.kommune.portal.base.imports.TabularFile;
import org.junit.jupiter.api.Test;

/** The demo setting: Røros by default, Elverum on request, nothing else; each keeps only its own rows. */
class DemoMunicipalityTest {

    @Test
    void the_setting_names_roros_by_default_or_elverum_and_nothing_else() {
        assertThat(DemoMunicipality.of(null)).isEqualTo(DemoMunicipality.ROROS);
        assertThat(DemoMunicipality.of("")).isEqualTo(DemoMunicipality.ROROS);
        assertThat(DemoMunicipality.of("roros")).isEqualTo(DemoMunicipality.ROROS);
        assertThat(DemoMunicipality.of("Røros")).isEqualTo(DemoMunicipality.ROROS);
        assertThat(DemoMunicipality.of(" Elverum ")).isEqualTo(DemoMunicipality.ELVERUM);
        assertThatThrownBy(() -> DemoMunicipality.of("hamar")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use roros or elverum");
    }

    @Test
    void each_runs_with_its_own_profiles() {
        assertThat(DemoMunicipality.ROROS.devProfiles()).containsExactly("dev");
        assertThat(DemoMunicipality.ELVERUM.devProfiles()).containsExactly("dev", "dev-elverum");
    }

    @Test
    void only_own_rows_are_kept_and_each_keeps_its_line_number() throws Exception {
        byte[] csv;
        try (InputStream in = getClass().getResourceAsStream("/demo/decisions.csv")) {
            csv = in.readAllBytes();
        }
        List<TabularFile.Row> all = TabularFile.read(csv, "decisions.csv");
        for (DemoMunicipality m : DemoMunicipality.values()) {
            List<TabularFile.Row> own = TabularFile.read(m.onlyOwnRows(csv, "decisions.csv"), "decisions.csv");
            assertThat(own).allSatisfy(r -> assertThat(r.get("municipality")).isEqualTo(m.csvName()));
            assertThat(own).containsExactlyElementsOf(all.stream().filter(m::owns).toList());
        }
        assertThat(DemoFiles.rows("decisions.csv", DemoMunicipality.ROROS)).hasSize(28);
        assertThat(DemoFiles.rows("decisions.csv", DemoMunicipality.ELVERUM)).hasSize(39);
    }
}
