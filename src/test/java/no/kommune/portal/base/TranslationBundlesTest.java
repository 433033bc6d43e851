package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

/** Fails as soon as the Norwegian and English translations drift apart. */
class TranslationBundlesTest {

    @Test
    void every_bokmal_file_has_an_english_twin_with_the_same_keys() {
        Map<String, Map<String, Properties>> files = PortalI18NProvider.filesByLanguage();
        Map<String, Properties> bokmal = files.get("nb");
        Map<String, Properties> english = files.get("en");

        assertThat(bokmal).containsKey("translations");
        assertThat(english.keySet()).isEqualTo(bokmal.keySet());
        for (String feature : bokmal.keySet()) {
            Set<String> nbKeys = new TreeSet<>(bokmal.get(feature).stringPropertyNames());
            Set<String> enKeys = new TreeSet<>(english.get(feature).stringPropertyNames());
            assertThat(enKeys).as("English keys of %s", feature).isEqualTo(nbKeys);
        }
    }

    @Test
    void no_key_is_defined_in_two_features() {
        Map<String, Properties> bokmal = PortalI18NProvider.filesByLanguage().get("nb");
        Set<String> seen = new TreeSet<>();
        for (Properties file : bokmal.values()) {
            for (String key : file.stringPropertyNames()) {
                assertThat(seen.add(key)).as("key %s defined twice", key).isTrue();
            }
        }
    }

    @Test
    void provider_falls_back_to_bokmal_and_formats_arguments() {
        PortalI18NProvider provider = new PortalI18NProvider();
        assertThat(provider.getTranslation("home.greeting", PortalI18NProvider.BOKMAL, "Kari"))
                .isEqualTo("Velkommen, Kari");
        assertThat(provider.getTranslation("home.greeting", PortalI18NProvider.ENGLISH, "Kari"))
                .isEqualTo("Welcome, Kari");
        assertThat(provider.getTranslation("no.such.key", PortalI18NProvider.ENGLISH)).isEqualTo("!no.such.key");
    }
}
