package no.kommune.portal.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: a chart in the browser is one image with a name for screen readers, not loose axis labels. */
class ChartsAccessibilityTest {

    private static Map<String, Map<String, ? extends Number>> series() {
        Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
        series.put("2025", Map.of("Oppvekst", 3, "Helse", 5));
        return series;
    }

    @Test
    void svg_is_an_image_named_by_the_chart_title() {
        String svg = Charts.svg(Charts.bar("Avvik per tjenesteområde \"2025\"", "Antall", series(), false), 400, 200);

        assertThat(svg).startsWith("<svg role=\"img\" aria-label=\"Avvik per tjenesteområde &quot;2025&quot;\" ");
    }

    @Test
    void svg_without_a_title_is_still_named() {
        assertThat(Charts.svg(Charts.bar(null, null, series(), false), 400, 200))
                .startsWith("<svg role=\"img\" aria-label=\"Diagram\" ");
    }
}
