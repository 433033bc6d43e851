package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.decisions.DecisionCorrections;
import no.kommune.portal.decisions.DecisionDraft;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 11 item 3 on screen: correcting a registered decision and mandate, and the case-number warning. */
class CorrectDecisionViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;
    @Autowired DecisionCorrections corrections;

    PoliticalBody body;
    UserAccount director;
    UserAccount leader;
    Long mandateId;

    @BeforeEach
    void data() {
        body = fixtures.body();
        director = org.user("direktor", Roles.MANAGEMENT);
        leader = org.user("leder", Roles.LEADER);
        mandateId = fixtures.mandate(body, "Kartlegge behov barnehage", LocalDate.of(2026, 3, 31), leader, null);
    }

    @Test
    void management_moves_the_deadline_with_a_reason_and_the_mandate_page_shows_old_new_who_and_why() {
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(MandateDetailView.class, mandateId);
        _click(_get(Button.class, spec -> spec.withId("correct-decision")));
        EditDecisionView view = _get(EditDecisionView.class);
        EditDecisionView.MandateCorrectionForm form = view.mandateForms.getFirst();
        assertThat(form.fields.deadline.getValue()).isEqualTo(LocalDate.of(2026, 3, 31));

        form.fields.deadline.setValue(LocalDate.of(2026, 6, 30));
        _click(form.save);
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Skriv hvorfor fristen endres");
        assertThat(form.fields.deadline.getValue()).as("nothing typed is lost").isEqualTo(LocalDate.of(2026, 6, 30));

        form.reason.setValue("Foreldreundersøkelsen er utsatt til mai");
        _click(form.save);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("1 endring"));

        UI.getCurrent().navigate(MandateDetailView.class, mandateId);
        @SuppressWarnings("unchecked")
        Grid<DecisionCorrections.CorrectionLine> history = _get(Grid.class, spec -> spec.withId("mandate-corrections"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("Test direktor", "Frist", "31.03.2026 → 30.06.2026",
                "Foreldreundersøkelsen er utsatt til mai");
    }

    @Test
    void management_adds_a_left_out_mandate_on_the_correction_page_and_an_empty_title_keeps_what_was_typed() {
        login(director.getUsername(), Roles.MANAGEMENT);
        Long decisionId = corrections.decisionOf(mandateId);
        UI.getCurrent().navigate(EditDecisionView.class, decisionId);
        EditDecisionView view = _get(EditDecisionView.class);
        assertThat(view.mandateForms).hasSize(1);

        view.newMandate.description.setValue("Utelatt ved registreringen");
        _click(view.addMandate);
        assertThat(view.newMandate.mandateTitle.isInvalid()).isTrue();
        assertThat(view.newMandate.description.getValue()).as("nothing typed is lost")
                .isEqualTo("Utelatt ved registreringen");
        assertThat(view.mandateForms).hasSize(1);

        view.newMandate.mandateTitle.setValue("Vurdere skoleskyss");
        view.newMandateReason.setValue("Pkt. 3 ble utelatt");
        _click(view.addMandate);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Oppdraget er lagt til"));
        assertThat(view.mandateForms).extracting(f -> f.fields.mandateTitle.getValue())
                .containsExactlyInAnyOrder("Kartlegge behov barnehage", "Vurdere skoleskyss");
        assertThat(view.newMandate.mandateTitle.getValue()).as("the form is ready for the next one").isEmpty();
    }

    @Test
    void a_save_over_someone_elses_change_says_reload_and_keeps_what_was_typed() {
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(EditDecisionView.class, corrections.decisionOf(mandateId));
        EditDecisionView view = _get(EditDecisionView.class);
        var loaded = corrections.load(corrections.decisionOf(mandateId)).mandates().getFirst();
        corrections.correctMandate(mandateId, loaded.version(), new DecisionDraft.MandateDraft("Pkt. 1",
                "Endret av en kollega", loaded.description(), loaded.deadline(), null, null, java.util.Set.of(), null), null);

        EditDecisionView.MandateCorrectionForm form = view.mandateForms.getFirst();
        form.fields.mandateTitle.setValue("Min retting");
        _click(form.save);

        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Endret av noen andre"));
        assertThat(form.fields.mandateTitle.getValue()).isEqualTo("Min retting");
    }

    @Test
    void empty_too_long_and_script_input_is_shown_at_the_field_and_nothing_is_saved() {
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(EditDecisionView.class, corrections.decisionOf(mandateId));
        EditDecisionView view = _get(EditDecisionView.class);

        view.title.setValue("");
        _click(view.save);
        assertThat(view.title.getErrorMessage()).isEqualTo("Må fylles ut");
        view.title.setValue("x".repeat(501));
        _click(view.save);
        assertThat(view.title.getErrorMessage()).isEqualTo("Kan ikke være lengre enn 500 tegn");
        EditDecisionView.MandateCorrectionForm form = view.mandateForms.getFirst();
        form.fields.mandateTitle.setValue("<script>alert(1)</script>");
        _click(form.save);
        assertThat(form.fields.mandateTitle.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");

        assertThat(corrections.load(corrections.decisionOf(mandateId)).mandates().getFirst().title())
                .isEqualTo("Kartlegge behov barnehage");
    }

    @Test
    void leaders_and_politicians_cannot_open_the_correction_nor_see_its_button() {
        Long decisionId = withManagement(() -> corrections.decisionOf(mandateId));
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(MandateDetailView.class, mandateId);
        _assertNone(Button.class, spec -> spec.withId("correct-decision"));
        assertThatThrownBy(() -> UI.getCurrent().navigate(EditDecisionView.class, decisionId))
                .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(EditDecisionView.class);
        login("politiker-retting", Roles.POLITICIAN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(EditDecisionView.class, decisionId))
                .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(EditDecisionView.class);
    }

    @Test
    void registering_a_case_number_that_exists_warns_and_links_to_the_existing_decision() {
        String number = (100 + System.nanoTime() % 800) + "/32";
        Long existing = withManagement(() -> corrections.decisionOf(
                fixtures.mandateInCase(body, "PS-" + number, OrgFixtures.unique("Skolestruktur"))));
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(RegisterDecisionView.class);
        RegisterDecisionView view = _get(RegisterDecisionView.class);

        view.caseNumbers.setValue("PS " + number);

        assertThat(view.caseNumberWarning.isVisible()).isTrue();
        assertThat(view.caseNumberWarning.getElement().getTextRecursively()).contains("allerede registrert");
        RouterLink link = _get(view.caseNumberWarning, RouterLink.class);
        assertThat(link.getHref()).isEqualTo("vedtak/rediger/" + existing);
        view.caseNumbers.setValue("PS 1/99");
        assertThat(view.caseNumberWarning.isVisible()).isFalse();
    }

    private <T> T withManagement(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestSecurity.runAs(director.getUsername(), Roles.MANAGEMENT);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text")).toList();
    }

    // The router reuses a view opened again for another id: the id in the address must decide what it shows.

    @Test
    void the_mandate_page_opened_for_another_mandate_shows_the_other_one() {
        Long other = fixtures.mandate(body, "Utrede skolestruktur", LocalDate.of(2026, 6, 30), leader, null);
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(MandateDetailView.class, mandateId);
        MandateDetailView view = _get(MandateDetailView.class);
        assertThat(view.getPageTitle()).isEqualTo("Kartlegge behov barnehage");

        UI.getCurrent().navigate(MandateDetailView.class, other);
        assertThat(_get(MandateDetailView.class)).isSameAs(view);
        assertThat(view.getPageTitle()).isEqualTo("Utrede skolestruktur");
        assertThat(view.getElement().getTextRecursively()).contains("Utrede skolestruktur")
                .doesNotContain("Kartlegge behov barnehage");
    }

    @Test
    void the_correction_page_opened_for_another_decision_shows_the_other_one() {
        Long other = fixtures.mandate(body, "Utrede skolestruktur", LocalDate.of(2026, 6, 30), leader, null);
        login(director.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(EditDecisionView.class, corrections.decisionOf(mandateId));
        EditDecisionView view = _get(EditDecisionView.class);
        String firstTitle = view.title.getValue();
        view.reason.setValue("halvskrevet");
        assertThat(view.mandateForms).hasSize(1);

        UI.getCurrent().navigate(EditDecisionView.class, corrections.decisionOf(other));
        assertThat(_get(EditDecisionView.class)).isSameAs(view);
        assertThat(view.title.getValue()).isNotEqualTo(firstTitle);
        assertThat(view.reason.getValue()).isEmpty();
        assertThat(view.mandateForms).hasSize(1);
        assertThat(view.mandateForms.getFirst().fields.mandateTitle.getValue()).isEqualTo("Utrede skolestruktur");
    }
}
