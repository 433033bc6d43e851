package no.kommune.portal.whistleblowing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.whistleblowing.CaseDetail;
import no.kommune.portal.whistleblowing.CaseRow;
import no.kommune.portal.whistleblowing.PublicRateLimit;
import no.kommune.portal.whistleblowing.WhistleblowingService;
import no.kommune.portal.whistleblowing.WhistleblowingTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public pages without login, the employee page, the receivers' pages, and who is denied them. */
class WhistleblowingViewsTest extends KaribuTest {

    @Autowired WhistleblowingService service;
    @Autowired PublicRateLimit rateLimit;
    @Autowired OrgFixtures org;

    UserAccount receiver;

    @BeforeEach
    void data() {
        WhistleblowingTestSupport.resetRateLimit(rateLimit);
        receiver = org.user("varsling", Roles.WHISTLEBLOWING_RECEIVER);
    }

    private CaseRow caseWithSubject(String subject) {
        TestSecurity.runAs(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        CaseRow row = service.page(null, null, PageSlice.first(1000)).stream()
                .filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
        TestSecurity.clear();
        return row;
    }

    @Test
    void citizen_reports_without_login_and_follows_up_with_the_receipt_code() {
        UI.getCurrent().navigate(PublicReportView.class);
        PublicReportView view = _get(PublicReportView.class);
        String subject = OrgFixtures.unique("Snøbrøyting skjer ikke");
        view.form.subject.setValue(subject);
        view.form.description.setValue("Entreprenøren fakturerer for brøyting som ikke er utført");
        view.form.occurredOn.setValue(LocalDate.now().minusDays(1));
        _click(view.send);
        String code = view.receipt.code.getText();
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");

        UI.getCurrent().navigate(ReceiptLookupView.class);
        ReceiptLookupView lookup = _get(ReceiptLookupView.class);
        lookup.code.setValue(code);
        _click(lookup.open);
        assertThat(lookup.shown.subject()).isEqualTo(subject);
        lookup.addition.setValue("Gjelder særlig Kjerkgata");
        _click(lookup.addButton);
        assertThat(lookup.shown.thread()).extracting(l -> l.text()).containsExactly("Gjelder særlig Kjerkgata");

        lookup.code.setValue("AAAA-BBBB-CCCC-DDDD");
        _click(lookup.open);
        assertThat(lookup.shown).isNull();
    }

    @Test
    void public_form_refuses_empty_markup_too_long_and_future_input_and_keeps_what_was_typed() {
        UI.getCurrent().navigate(PublicReportView.class);
        PublicReportView view = _get(PublicReportView.class);
        _click(view.send);
        assertThat(view.form.subject.isInvalid()).isTrue();
        assertThat(view.form.subject.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(view.form.description.isInvalid()).isTrue();

        view.form.subject.setValue("Tema");
        view.form.description.setValue("<script>alert('x')</script>");
        _click(view.send);
        assertThat(view.form.description.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        assertThat(view.form.description.getValue()).isEqualTo("<script>alert('x')</script>");

        view.form.description.setValue("x".repeat(5_001));
        _click(view.send);
        assertThat(view.form.description.getErrorMessage()).startsWith("Kan ikke være lengre enn").endsWith("tegn");
        assertThat(view.form.description.getErrorMessage().replaceAll("\\D", "")).isEqualTo("5000");

        view.form.description.setValue("Gyldig tekst");
        view.form.occurredOn.setValue(LocalDate.now().plusDays(2));
        _click(view.send);
        assertThat(view.form.occurredOn.isInvalid()).isTrue();
        assertThat(view.receipt).isNull();
        _assertOne(PublicReportView.class);
    }

    @Test
    void employee_reports_and_the_receiver_answers_in_the_case_view() {
        login("ansatt-test", Roles.EMPLOYEE);
        UI.getCurrent().navigate(EmployeeReportView.class);
        EmployeeReportView view = _get(EmployeeReportView.class);
        String subject = OrgFixtures.unique("Mangelfull opplæring");
        view.form.subject.setValue(subject);
        view.form.description.setValue("Nye ansatte får ikke opplæring i medisinhåndtering");
        _click(view.send);
        assertThat(view.receipt.code.getText()).hasSize(19);
        Long id = caseWithSubject(subject).id();

        login(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        UI.getCurrent().navigate(ReceiverInboxView.class);
        ReceiverInboxView inbox = _get(ReceiverInboxView.class);
        assertThat(GridKt._findAll(inbox.grid)).extracting(CaseRow::id).contains(id);
        assertThat(inbox.perYear.getText()).contains(String.valueOf(LocalDate.now().getYear()));

        UI.getCurrent().navigate(CaseView.class, id);
        CaseView caseView = _get(CaseView.class);
        assertThat(caseView.getPageTitle()).isEqualTo(subject);
        caseView.reply.setValue("<img src=x onerror=alert(1)>");
        _click(caseView.send);
        assertThat(caseView.reply.isInvalid()).isTrue();
        caseView.reply.setValue("Takk for varselet, vi følger opp");
        _click(caseView.send);
        assertThat(GridKt._findAll(_get(CaseView.class).thread)).extracting(CaseDetail.Line::text)
                .contains("Takk for varselet, vi følger opp");
    }

    @Test
    void admin_management_and_employees_cannot_open_the_inbox_or_a_case() {
        TestSecurity.clear();
        service.submitPublic(no.kommune.portal.whistleblowing.ReportDraft.anonymous(OrgFixtures.unique("Sak"),
                "Innhold"), "karibu-" + System.nanoTime());
        for (String role : new String[] {Roles.ADMIN, Roles.MANAGEMENT, Roles.QUALITY, Roles.LEADER, Roles.EMPLOYEE}) {
            login("user-" + role, role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(ReceiverInboxView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CaseView.class, 1L)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
            _assertNone(ReceiverInboxView.class);
            _assertNone(CaseView.class);
        }
    }

    @Test
    void management_sees_only_the_numbers_per_year_and_admin_not_even_that() {
        login("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(WhistleblowingStatsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(WhistleblowingStatsView.class);
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(WhistleblowingStatsView.class);
        WhistleblowingStatsView stats = _get(WhistleblowingStatsView.class);
        assertThat(GridKt._findAll(stats.grid)).extracting(e -> e.getKey()).contains(LocalDate.now().getYear());
    }

    @Test
    void the_employee_page_needs_login() {
        UI.getCurrent().navigate(EmployeeReportView.class);
        _assertNone(EmployeeReportView.class);
    }

    // The router reuses a view opened again (another id, the page opened twice): the address decides what it shows.

    private Long publicCase(String subject) {
        TestSecurity.clear();
        service.submitPublic(no.kommune.portal.whistleblowing.ReportDraft.anonymous(subject, "Innhold " + subject),
                "karibu-" + System.nanoTime());
        return caseWithSubject(subject).id();
    }

    @Test
    void the_case_page_opened_for_another_case_shows_the_other_one() {
        String firstSubject = OrgFixtures.unique("Første varsel");
        String secondSubject = OrgFixtures.unique("Andre varsel");
        Long first = publicCase(firstSubject);
        Long second = publicCase(secondSubject);
        login(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        UI.getCurrent().navigate(CaseView.class, first);
        CaseView view = _get(CaseView.class);
        assertThat(view.getPageTitle()).isEqualTo(firstSubject);

        UI.getCurrent().navigate(CaseView.class, second);
        assertThat(_get(CaseView.class)).isSameAs(view);
        assertThat(view.getPageTitle()).isEqualTo(secondSubject);
        assertThat(view.getElement().getTextRecursively()).contains(secondSubject).doesNotContain(firstSubject);
    }

    @Test
    void the_inbox_opened_again_has_no_filter_left_and_shows_a_new_case() {
        Long first = publicCase(OrgFixtures.unique("Innboks en"));
        login(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        UI.getCurrent().navigate(ReceiverInboxView.class);
        ReceiverInboxView inbox = _get(ReceiverInboxView.class);
        inbox.year.setValue(2001);
        assertThat(GridKt._findAll(inbox.grid)).isEmpty();

        Long second = publicCase(OrgFixtures.unique("Innboks to"));
        login(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        UI.getCurrent().navigate(ReceiverInboxView.class);
        assertThat(_get(ReceiverInboxView.class)).isSameAs(inbox);
        assertThat(inbox.year.getValue()).isNull();
        assertThat(GridKt._findAll(inbox.grid)).extracting(CaseRow::id).contains(first, second);
    }

    @Test
    void the_public_form_opened_again_after_sending_is_empty_and_the_lookup_forgets_the_code() {
        UI.getCurrent().navigate(PublicReportView.class);
        PublicReportView view = _get(PublicReportView.class);
        view.form.subject.setValue(OrgFixtures.unique("Sendt én gang"));
        view.form.description.setValue("Innhold");
        _click(view.send);
        String code = view.receipt.code.getText();

        UI.getCurrent().navigate(PublicReportView.class);
        assertThat(_get(PublicReportView.class)).isSameAs(view);
        assertThat(view.receipt).isNull();
        assertThat(view.form.subject.getValue()).isEmpty();

        UI.getCurrent().navigate(ReceiptLookupView.class);
        ReceiptLookupView lookup = _get(ReceiptLookupView.class);
        lookup.code.setValue(code);
        _click(lookup.open);
        assertThat(lookup.shown).isNotNull();
        UI.getCurrent().navigate(ReceiptLookupView.class);
        assertThat(lookup.code.getValue()).isEmpty();
        assertThat(lookup.shown).isNull();
        assertThat(lookup.result.getChildren()).isEmpty();
    }
}
