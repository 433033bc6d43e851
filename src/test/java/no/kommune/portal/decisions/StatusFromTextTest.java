package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of decision 023: a row without status gets the state its own follow-up text states. */
class StatusFromTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Gjennomført                                                                    | DONE     | gjennomført
            Gjennomført. Nettsider oppdatert, elever informert og melding til foresatte sendt. | DONE | gjennomført
            Låneopptak på kr 20 000 000 er gjennomført.                                    | DONE     | gjennomført
            Vedtatt gjennomført i kommunestyret                                            | DONE     | vedtatt gjennomført
            Ferdig                                                                         | DONE     | ferdig
            Fullført. Vedtatt i kommunestyret juni 2024                                    | DONE     | fullført
            Iverksatt.                                                                     | DONE     | iverksatt
            Området er klart for utbygging og saken er avsluttet.                          | DONE     | avsluttet
            Saken er fulgt opp med tilhørende oppnevninger – jfr. vedtak.                  | DONE     | fulgt opp
            Pågår                                                                          | ON_TRACK | pågår
            Prosessen for å fornye strategisk plan for internasjonalt arbeid pågår.        | ON_TRACK | pågår
            Arbeidet er i gang                                                             | ON_TRACK | i gang
            Under arbeid                                                                   | ON_TRACK | under arbeid
            Innspill fra næringsdrivende er mottatt, og saken er i prosess.                | ON_TRACK | i prosess
            Følges opp fortløpende gjennom året.                                           | ON_TRACK | følges opp
            Punktet er under utredning, men er forsinket grunnet kapasitetsutfordringer.   | DELAYED  | forsinket
            Ikke gjennomført, og kan sees i sammenheng med omstillingsarbeidet som pågår.  | OPEN     | ikke gjennomført
            Arbeidet er ikke ferdig                                                        | OPEN     | ikke ferdig
            """)
    void the_text_decides_the_state(String text, MandateState state, String phrase) {
        StatusFromText.Reading reading = StatusFromText.read(text);
        assertThat(reading.state()).isEqualTo(state);
        assertThat(reading.phrase()).isEqualTo(phrase);
        assertThat(reading.found()).isTrue();
    }

    @ParameterizedTest(name = "{0} → open, nothing found")
    @CsvSource(delimiter = '|', textBlock = """
            Det er inngått avtale om kassekreditt.
            Saken avventes inntil videre.
            Eiendommen er solgt. Dette blir gjennomført i løpet av våren/sommeren 2026.
            Forslag til tiltak ferdigstilles til politisk behandling.
            Det vil være behov for en engangsbevilgning for å kunne fullføre arbeidet.
            Gjennomføres i samarbeid med nabokommunene.
            Arbeidet skal gjennomføres og vil bli gjennomført i 2026.
            """)
    void a_text_without_a_known_status_word_leaves_the_row_open(String text) {
        StatusFromText.Reading reading = StatusFromText.read(text);
        assertThat(reading.state()).isEqualTo(MandateState.OPEN);
        assertThat(reading.found()).isFalse();
    }

    @Test
    void no_text_is_open_and_case_and_line_breaks_do_not_matter() {
        assertThat(StatusFromText.read(null).found()).isFalse();
        assertThat(StatusFromText.read("   ").state()).isEqualTo(MandateState.OPEN);
        assertThat(StatusFromText.read("GJENNOMFØRT").state()).isEqualTo(MandateState.DONE);
        assertThat(StatusFromText.read("Saken er\nikke\n  gjennomført").state()).isEqualTo(MandateState.OPEN);
        assertThat(StatusFromText.read("Planlagt, under\narbeid").state()).isEqualTo(MandateState.ON_TRACK);
    }

    @Test
    void done_beats_delayed_and_delayed_beats_work_going_on() {
        assertThat(StatusFromText.read("Gjennomført, men forsinket i forhold til planen").state())
                .isEqualTo(MandateState.DONE);
        assertThat(StatusFromText.read("Arbeidet pågår, men er forsinket").state()).isEqualTo(MandateState.DELAYED);
        assertThat(StatusFromText.read("Ikke forsinket; arbeidet pågår").state()).isEqualTo(MandateState.ON_TRACK);
    }
}
