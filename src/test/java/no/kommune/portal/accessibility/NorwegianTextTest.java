package no.kommune.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 7: the bokmål bundles hold no English words from {@link EnglishWords}. The rendered pages are
 * checked by {@link AccessibilityScanBrowserTest}, which reads every page it scans.
 */
class NorwegianTextTest {

    @Test
    void bokmal_bundles_contain_no_english_words() {
        Map<String, Set<String>> english = new TreeMap<>();
        PortalI18NProvider.filesByLanguage().get("nb").forEach((feature, properties) -> {
            for (String key : properties.stringPropertyNames()) {
                Set<String> words = EnglishWords.in(properties.getProperty(key));
                if (!words.isEmpty()) {
                    english.put(feature + ": " + key + " = " + properties.getProperty(key), words);
                }
            }
        });
        assertThat(english).isEmpty();
    }

    @Test
    void the_word_list_finds_english_and_leaves_norwegian_alone() {
        assertThat(EnglishWords.in("Upload File... (from description)")).containsExactly("description", "file",
                "from", "upload");
        assertThat(EnglishWords.in("Sak 22/1 (seed line 863)")).containsExactly("seed");
        assertThat(EnglishWords.in("Lagre status for oppdraget, start på nytt, send e-post til Line Hansen om"
                + " Youth Aware of Mental health"))
                .isEmpty();
    }
}
