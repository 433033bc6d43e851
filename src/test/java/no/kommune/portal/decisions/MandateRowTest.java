package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MandateRowTest {

    private static MandateRow row(String itemRef, String title) {
        return new MandateRow(1L, 0, 2L, "Vedtak", "Kommunestyret", "PS 1/25", null, itemRef, title, null, null,
                null, 3L, "Startet", MandateState.ON_TRACK, null, null, null, null, false, false, false, true, null,
                false, null, null, null, null, null);
    }

    @Test
    void the_numbered_title_puts_the_item_before_the_title_as_the_seeds_print_it() {
        assertThat(row("3", "Kartlegging behov barnehage").numberedTitle()).isEqualTo("3 Kartlegging behov barnehage");
    }

    @Test
    void without_an_item_the_numbered_title_is_the_title() {
        assertThat(row(null, "Kartlegging behov barnehage").numberedTitle()).isEqualTo("Kartlegging behov barnehage");
    }
}
