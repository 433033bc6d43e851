package no.kommune.portal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.UserMessages;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the municipality profile accepts: the rules the service and the form share. */
class MunicipalityRulesTest {

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).getMessageKey()).isEqualTo(key));
    }

    @Test
    void a_name_is_stripped_and_must_be_there_short_and_without_markup() {
        assertThat(MunicipalityRules.name("  Røros kommune ")).isEqualTo("Røros kommune");
        assertThat(MunicipalityRules.name("x".repeat(100))).hasSize(100);
        refused(() -> MunicipalityRules.name(null), "validation.field.required");
        refused(() -> MunicipalityRules.name("   "), "validation.field.required");
        refused(() -> MunicipalityRules.name("x".repeat(101)), "validation.field.tooLong");
        refused(() -> MunicipalityRules.name("<script>alert(1)</script>"), "validation.field.noMarkup");
        refused(() -> MunicipalityRules.name("Røros <b>kommune</b>"), "validation.field.noMarkup");
        refused(() -> MunicipalityRules.name("Røros\u0000kommune"), "validation.field.noMarkup");
        assertThatThrownBy(() -> MunicipalityRules.name(" ")).satisfies(e -> {
            assertThat(UserMessages.english(e)).isEqualTo("Municipality name is required");
            assertThat(UserMessages.bokmal(e)).isEqualTo("Kommunens navn må fylles ut");
        });
    }

    @Test
    void a_kommunenummer_is_four_digits() {
        assertThat(MunicipalityRules.number("5025")).isEqualTo("5025");
        assertThat(MunicipalityRules.number(" 3420 ")).isEqualTo("3420");
        assertThat(MunicipalityRules.number("0301")).isEqualTo("0301");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "502", "50255", "50a5", "five", "0000", "5 025", "-502"})
    void anything_else_is_not_a_kommunenummer(String number) {
        refused(() -> MunicipalityRules.number(number), "municipality.error.number");
    }

    @Test
    void contrast_with_white_follows_wcag() {
        assertThat(MunicipalityRules.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
        assertThat(MunicipalityRules.contrastWithWhite("#ffffff")).isCloseTo(1.0, within(0.01));
        // the grey WCAG's examples use as the lightest that passes on white
        assertThat(MunicipalityRules.contrastWithWhite("#767676")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void an_accent_colour_must_carry_white_text_at_4_5_to_1() {
        assertThat(MunicipalityRules.accentColour("#1F5E8C")).isEqualTo("#1f5e8c");
        assertThat(MunicipalityRules.accentColour("#767676")).isEqualTo("#767676");
        assertThat(MunicipalityRules.accentColour("  ")).isNull();
        assertThat(MunicipalityRules.accentColour(null)).isNull();
        refused(() -> MunicipalityRules.accentColour("#777777"), "municipality.error.colourContrast");
        refused(() -> MunicipalityRules.accentColour("#ffcc00"), "municipality.error.colourContrast");
        assertThatThrownBy(() -> MunicipalityRules.accentColour("#ffcc00"))
                .satisfies(e -> assertThat(((UserFacingException) e).getArgs()).containsExactly(1.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "1f5e8c", "#gg0000", "#1f5e8c;background:url(x)",
            "expression(alert(1))"})
    void a_colour_must_be_written_as_hash_and_six_hex_digits(String colour) {
        refused(() -> MunicipalityRules.accentColour(colour), "municipality.error.colourFormat");
    }

    @Test
    void a_logo_is_a_png_that_is_decoded_and_written_anew() throws Exception {
        byte[] png = LogoFiles.png(120, 60);
        byte[] withTrailer = Arrays.copyOf(png, png.length + 40);
        System.arraycopy("<script>alert(1)</script>".getBytes(), 0, withTrailer, png.length, 25);

        byte[] stored = MunicipalityRules.logo(withTrailer);

        var image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("script");
    }

    @Test
    void svg_jpeg_garbage_empty_huge_and_oversized_logos_are_refused() {
        refused(() -> MunicipalityRules.logo(LogoFiles.svgWithScript()), "municipality.error.logoNotPng");
        refused(() -> MunicipalityRules.logo(LogoFiles.jpeg(20, 20)), "municipality.error.logoNotPng");
        refused(() -> MunicipalityRules.logo(new byte[0]), "municipality.error.logoNotPng");
        refused(() -> MunicipalityRules.logo(null), "municipality.error.logoNotPng");
        byte[] broken = Arrays.copyOf(LogoFiles.png(20, 20), 30);
        refused(() -> MunicipalityRules.logo(broken), "municipality.error.logoNotPng");
        refused(() -> MunicipalityRules.logo(new byte[MunicipalityRules.LOGO_MAX_BYTES + 1]),
                "municipality.error.logoTooLarge");
        refused(() -> MunicipalityRules.logo(LogoFiles.png(MunicipalityRules.LOGO_MAX_PIXELS + 1, 1)),
                "municipality.error.logoDimensions");
    }
}
