package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void a_link_without_parameters_is_its_path() {
        assertThat(Link.to("avvik/42").href()).isEqualTo("avvik/42");
    }

    @Test
    void parameters_and_flags_follow_in_order_and_values_are_encoded() {
        Link link = Link.to("oppfolging").with("enhet", 11).with("tekst", "Ås & Ø").withFlag("forsinket");

        assertThat(link.href()).isEqualTo("oppfolging?enhet=11&tekst=%C3%85s+%26+%C3%98&forsinket");
        assertThat(link.path()).isEqualTo("oppfolging");
    }

    @Test
    void the_absolute_url_joins_the_base_url_with_one_slash() {
        assertThat(Link.to("avvik/42").absoluteUrl("https://portal.kommune.no"))
                .isEqualTo("https://portal.kommune.no/avvik/42");
        assertThat(Link.to("avvik/42").absoluteUrl("https://portal.kommune.no/"))
                .isEqualTo("https://portal.kommune.no/avvik/42");
        assertThat(Link.absoluteUrl("https://portal.kommune.no", null)).isEqualTo("https://portal.kommune.no/");
    }

    @Test
    void a_path_is_relative_and_carries_no_query() {
        assertThatThrownBy(() -> Link.to("/avvik")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Link.to("avvik?apne")).isInstanceOf(IllegalArgumentException.class);
    }
}
