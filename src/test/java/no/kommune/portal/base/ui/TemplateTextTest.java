package no.kommune.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void plain_norwegian_text_is_kept() {
        assertThat(TemplateText.of("Oppdater status på æøå")).isEqualTo("Oppdater status på æøå");
    }

    @Test
    void markup_and_template_literal_syntax_become_character_references() {
        assertThat(TemplateText.of("<b>\"x\" & 'y'</b>")).isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
        assertThat(TemplateText.of("`${alert(1)}`\\")).isEqualTo("&#96;&#36;{alert(1)}&#96;&#92;")
                .doesNotContain("${").doesNotContain("`");
    }
}
