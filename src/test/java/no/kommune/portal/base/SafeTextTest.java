package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.Test;

/** Issue 10: the one set of rules for user text, and the one message for each rule, naming the field. */
class SafeTextTest {

    private static final String TITLE = "decisions.decisionTitle";

    @Test
    void required_text_is_stripped() {
        assertThat(SafeText.required("  Skolebruksplan \n", 100, TITLE)).isEqualTo("Skolebruksplan");
    }

    @Test
    void empty_or_blank_required_text_is_refused_naming_the_field_in_the_users_language() {
        for (String empty : new String[] {null, "", "   \t\n"}) {
            assertThatThrownBy(() -> SafeText.required(empty, 100, TITLE))
                    .isInstanceOf(UserFacingException.class).hasMessage("validation.field.required")
                    .satisfies(e -> {
                        assertThat(((UserFacingException) e).getArgs()).startsWith(new FieldName(TITLE));
                        assertThat(UserMessages.english(e)).isEqualTo("Title of the decision is required");
                        assertThat(UserMessages.bokmal(e)).isEqualTo("Tittel på vedtaket må fylles ut");
                    });
        }
    }

    @Test
    void optional_text_is_null_when_blank_and_stripped_otherwise() {
        assertThat(SafeText.optional(null, 10, TITLE)).isNull();
        assertThat(SafeText.optional("  ", 10, TITLE)).isNull();
        assertThat(SafeText.optional(" a ", 10, TITLE)).isEqualTo("a");
    }

    @Test
    void too_long_text_is_refused_with_the_limit_and_the_limit_counts_the_stripped_text() {
        assertThat(SafeText.required("x".repeat(10) + "   ", 10, TITLE)).hasSize(10);
        assertThatThrownBy(() -> SafeText.optional("x".repeat(11), 10, TITLE))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.tooLong")
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Title of the decision cannot be longer than 10 characters"));
    }

    @Test
    void markup_and_script_are_refused() {
        for (String markup : new String[] {"<script>alert(1)</script>", "Se <b>her</b>", "<img src=x onerror=alert(1)>",
                "< a href='x'>lenke</a>", "<!-- kommentar -->"}) {
            assertThat(SafeText.problem(markup, 100, false)).as(markup).isEqualTo(SafeText.Problem.MARKUP);
            assertThatThrownBy(() -> SafeText.required(markup, 100, TITLE)).as(markup)
                    .hasMessage("validation.field.noMarkup")
                    .satisfies(e -> assertThat(UserMessages.bokmal(e))
                            .isEqualTo("Tittel på vedtaket kan ikke inneholde HTML eller skript"));
        }
    }

    @Test
    void ordinary_text_with_angle_brackets_and_ampersands_is_allowed() {
        assertThat(SafeText.problem("3 < 5 og 7 > 2 & mer", 100, true)).isNull();
    }

    @Test
    void formula_like_text_is_allowed_as_text_and_guarded_on_export() {
        assertThat(SafeText.required("=SUM(A1:A9)", 100, TITLE)).isEqualTo("=SUM(A1:A9)");
        assertThat(SafeText.looksLikeFormula("=SUM(A1:A9)")).isTrue();
        assertThat(SafeText.looksLikeFormula("-5 grader")).isTrue();
        assertThat(SafeText.looksLikeFormula("Helse")).isFalse();
        assertThat(SafeText.spreadsheetCell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(SafeText.spreadsheetCell("@cmd")).isEqualTo("'@cmd");
        assertThat(SafeText.spreadsheetCell("Helse")).isEqualTo("Helse");
    }

    @Test
    void each_problem_has_a_message_beside_the_field_and_one_naming_it() {
        assertThat(SafeText.Problem.EMPTY.key()).isEqualTo("validation.required");
        assertThat(SafeText.Problem.EMPTY.namedKey()).isEqualTo("validation.field.required");
        assertThat(SafeText.Problem.TOO_LONG.namedKey()).isEqualTo("validation.field.tooLong");
        assertThat(SafeText.Problem.MARKUP.namedKey()).isEqualTo("validation.field.noMarkup");
        assertThat(SafeText.Problem.FORMULA.namedKey()).isEqualTo("validation.field.formula");
    }
}
