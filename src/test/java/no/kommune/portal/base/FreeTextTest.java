package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kommune.portal.base.FreeText.Phrase;
import no.kommune.portal.base.FreeText.Prefix;
import no.kommune.portal.base.FreeText.Substring;
import org.junit.jupiter.api.Test;

/** Decision 026: what the user typed, as words the full-text index can answer, and the rest as substrings. */
class FreeTextTest {

    @Test
    void blank_input_is_no_search() {
        assertThat(FreeText.words(null)).isEmpty();
        assertThat(FreeText.words("  \t\n ")).isEmpty();
    }

    @Test
    void indexed_words_are_lower_cased_prefix_terms_each_required() {
        assertThat(FreeText.words("Barneh  Løkken ÆRLIG")).containsExactly(new Prefix("barneh"), new Prefix("løkken"),
                new Prefix("ærlig"));
        assertThat(new Prefix("barneh").booleanQuery()).isEqualTo("+barneh*");
    }

    @Test
    void short_words_and_innodb_stopwords_are_substrings() {
        assertThat(FreeText.words("PS en for barnehage with")).containsExactly(new Substring("ps"),
                new Substring("en"), new Substring("for"), new Prefix("barnehage"), new Substring("with"));
    }

    @Test
    void case_numbers_are_phrases_of_their_parts_unless_every_part_is_short() {
        assertThat(FreeText.words("2024/123")).containsExactly(new Phrase("2024/123", List.of("2024", "123")));
        assertThat(FreeText.words("24/1234-5")).containsExactly(new Phrase("24/1234-5", List.of("24", "1234", "5")));
        assertThat(FreeText.words("PS-021/25")).containsExactly(new Phrase("ps-021/25", List.of("ps", "021", "25")));
        assertThat(new Phrase("24/1234-5", List.of("24", "1234", "5")).booleanQuery()).isEqualTo("+\"24 1234 5\"");
        assertThat(FreeText.words("82/21")).containsExactly(new Substring("82/21"));
    }

    @Test
    void operators_never_reach_the_boolean_query() {
        assertThat(FreeText.words("+barnehage -skole \"vei\" (plan) ~bolig* <a> @@ >x<"))
                .containsExactly(new Prefix("barnehage"), new Prefix("skole"), new Prefix("vei"), new Prefix("plan"),
                        new Prefix("bolig"), new Substring("a"), new Substring("x"));
        assertThat(FreeText.words("<script>alert('x')</script>")).containsExactly(
                new Phrase("script>alert('x')</script", List.of("script", "alert", "x", "script")));
        assertThat(FreeText.words("=HYPERLINK(\"http://x\")")).containsExactly(
                new Phrase("hyperlink(\"http://x", List.of("hyperlink", "http", "x")));
        for (String input : List.of("\"", "*", "+-", "@@", "'; drop table mandate; --", "a\"b*c+d-e@f~g<h>i(j)k")) {
            assertThat(FreeText.words(input)).allSatisfy(word -> {
                if (word instanceof Prefix p) {
                    assertThat(p.word()).matches("[\\p{L}\\p{N}_]+");
                } else if (word instanceof Phrase p) {
                    assertThat(p.parts()).allSatisfy(part -> assertThat(part).matches("[\\p{L}\\p{N}_]+"));
                }
            });
        }
    }

    @Test
    void input_of_punctuation_alone_is_searched_as_typed_and_punctuation_between_words_is_ignored() {
        assertThat(FreeText.words("@@")).containsExactly(new Substring("@@"));
        assertThat(FreeText.words("\"")).containsExactly(new Substring("\""));
        assertThat(FreeText.words("barnehage - skole")).containsExactly(new Prefix("barnehage"), new Prefix("skole"));
    }

    @Test
    void like_patterns_escape_wildcards() {
        assertThat(new Substring("50%").likePattern()).isEqualTo("%50!%%");
        assertThat(new Substring("a_b!").likePattern()).isEqualTo("%a!_b!!%");
    }

    @Test
    void decomposed_letters_are_joined_repeated_words_counted_once_and_input_is_bounded() {
        assertThat(FreeText.words("A\u030apen åpen ÅPEN")).containsExactly(new Prefix("åpen"));
        assertThat(FreeText.words("ord1 ord2 ord3 ord4 ord5 ord6 ord7 ord8 ord9 ord10 ord11 ord12"))
                .hasSize(FreeText.MAX_WORDS);
        assertThat(FreeText.words("x".repeat(500))).containsExactly(new Substring("x".repeat(FreeText.MAX_LENGTH)));
    }
}
