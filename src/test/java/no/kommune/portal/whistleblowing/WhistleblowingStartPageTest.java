package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The receiver's start page counts new cases; nobody else gets a whistleblowing card (nor supervisions leaks). */
class WhistleblowingStartPageTest extends ServiceTest {

    @Autowired WhistleblowingService service;
    @Autowired StartPageService startPage;

    private static long figure(List<StartPageCard> cards, String id, String label) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().figures().stream()
                .filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void the_receiver_sees_one_more_new_case_after_a_report_and_an_administrator_sees_no_card() {
        TestSecurity.runAs("mottak-start", Roles.WHISTLEBLOWING_RECEIVER);
        long before = figure(startPage.cards(), "start-whistleblowing", "whistleblowing.start.received");

        TestSecurity.runAs("ansatt-start", Roles.EMPLOYEE);
        service.submitAsEmployee(ReportDraft.anonymous("Forhold i kantina", "Gjentatte kommentarer fra en kollega"));

        TestSecurity.runAs("mottak-start", Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(figure(startPage.cards(), "start-whistleblowing", "whistleblowing.start.received"))
                .isEqualTo(before + 1);

        TestSecurity.runAs("admin-start", Roles.ADMIN);
        assertThat(startPage.cards()).noneMatch(c -> c.id().startsWith("start-whistleblowing"));
    }

    @Test
    void quality_sees_open_supervision_findings() {
        TestSecurity.runAs("kvalitet-tilsyn", Roles.QUALITY);
        assertThat(startPage.cards()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("start-supervisions-QUALITY");
            assertThat(c.figures()).extracting(StartPageCard.Figure::label)
                    .containsExactly("supervisions.start.OPEN", "supervisions.start.FOLLOW_UP");
        });
    }
}
