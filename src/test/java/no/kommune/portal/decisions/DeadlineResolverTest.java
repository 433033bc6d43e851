package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.kommune.portal.decisions.DeadlineResolver.Kind;
import no.kommune.portal.decisions.DeadlineResolver.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The free-text deadlines of the seeds and what they mean as a date (the last day of the period named). */
class DeadlineResolverTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1. halvår 2026 | 2026-06-30 | PERIOD",
            "2. halvår 2025 | 2025-12-31 | PERIOD",
            "Oktober 2025 | 2025-10-31 | PERIOD",
            "februar 2024 | 2024-02-29 | PERIOD",
            "2. tertial 2025 | 2025-08-31 | PERIOD",
            "1. tertial 2026 | 2026-04-30 | PERIOD",
            "3. tertial 2025 | 2025-12-31 | PERIOD",
            "i løpet av første kvartal 2021 (from description) | 2021-03-31 | PERIOD",
            "3. kvartal 2024 | 2024-09-30 | PERIOD",
            "Høsten 2025 | 2025-12-31 | PERIOD",
            "våren 2021 | 2021-06-30 | PERIOD",
            "sommeren 2026 | 2026-08-31 | PERIOD",
            "innen utgangen av 2026 | 2026-12-31 | PERIOD",
            "innen utgangen av 2023 | 2023-12-31 | PERIOD",
            "i løpet av 2027 | 2027-12-31 | PERIOD",
            "2026 | 2026-12-31 | PERIOD",
            "31.12.2025 | 2025-12-31 | DATE",
            "01.02.25 | 2025-02-01 | DATE",
            "31.04.2025 | 2025-04-30 | DATE",
            "1. september 2021 (\"Forslag til frist\") | 2021-09-01 | DATE",
            "1. mai 2021 (\"Forslag til frist\") | 2021-05-01 | DATE",
    })
    void a_text_naming_a_date_or_period_resolves_to_its_last_day(String text, LocalDate expected, Kind kind) {
        Resolution r = DeadlineResolver.resolve(text);
        assertThat(r.date()).isEqualTo(expected);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.unclear()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is unclear")
    @CsvSource(delimiter = '|', value = {
            "hvert år sammen med eierskapsmeldingen (from description)",
            "i forbindelse med behandling av årsresultatet for 2022",
            "snarest",
            "Neste år",
            "3. halvår 2025",
            "31.13.2025",
            "(from description)",
    })
    void a_text_naming_no_date_is_unclear_and_not_guessed(String text) {
        Resolution r = DeadlineResolver.resolve(text);
        assertThat(r.kind()).isEqualTo(Kind.UNCLEAR);
        assertThat(r.unclear()).isTrue();
        assertThat(r.date()).isNull();
    }

    @Test
    void no_deadline_is_neither_a_date_nor_unclear() {
        assertThat(DeadlineResolver.resolve(null).kind()).isEqualTo(Kind.NONE);
        assertThat(DeadlineResolver.resolve("  ").kind()).isEqualTo(Kind.NONE);
        assertThat(DeadlineResolver.resolve(null, null).unclear()).isFalse();
    }

    @Test
    void the_date_field_wins_over_the_text() {
        Resolution r = DeadlineResolver.resolve(LocalDate.of(2025, 3, 1), "Høsten 2026");
        assertThat(r.date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(r.kind()).isEqualTo(Kind.DATE);
    }
}
