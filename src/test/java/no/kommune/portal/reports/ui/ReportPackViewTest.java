package no.kommune.portal.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.reports.ReportPack;
import no.kommune.portal.reports.ReportPackSummary;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ReportPackViewTest extends KaribuTest {

    @Autowired PeriodService periods;
    @Autowired JdbcTemplate jdbc;

    @Test
    void management_orders_a_pack_and_sees_it_finish_without_waiting_on_the_click() throws Exception {
        TestSecurity.runAs("direktor-oppsett", Roles.MANAGEMENT);
        if (periods.all().isEmpty()) {
            periods.open(ReportingPeriod.Type.ANNUAL, 2070);
        }
        login("direktor-pakke", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ReportPackView.class);
        ReportPackView view = _get(ReportPackView.class);
        assertThat(view.period.getValue()).isNotNull();
        view.format.setValue(ReportPack.Format.PDF);

        _click(_get(Button.class, spec -> spec.withId("generate-report-pack")));
        assertThat(GridKt._size(view.packs)).isEqualTo(1);

        for (int i = 0; i < 600 && GridKt._get(view.packs, 0).pending(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
            view.refresh();
        }
        assertThat(GridKt._get(view.packs, 0).status()).isEqualTo(ReportPack.Status.DONE);
    }

    @Test
    void the_page_chooses_the_open_period_and_names_open_and_closed() {
        TestSecurity.runAs("direktor-perioder", Roles.MANAGEMENT);
        periods.all().stream().filter(ReportingPeriod::isOpen).forEach(p -> periods.close(p.getId()));
        ReportingPeriod closed = periods.open(ReportingPeriod.Type.TERTIAL_1, 2071);
        periods.close(closed.getId());
        ReportingPeriod open = periods.open(ReportingPeriod.Type.TERTIAL_2, 2071);

        login("direktor-perioder", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ReportPackView.class);
        ReportPackView view = _get(ReportPackView.class);
        assertThat(view.period.getValue().getId()).isEqualTo(open.getId());
        assertThat(view.period.getItemLabelGenerator().apply(view.period.getValue()))
                .isEqualTo(open.getName() + " – " + view.getTranslation("reports.period.open"));
        assertThat(view.coverage.getText()).startsWith("Rapportpakken gjelder " + open.getName() + " (01.05.2071–31.08.2071)")
                .contains("Perioden er åpen");
        // the period as the page lists it (the one returned by open() was read before it was closed)
        view.period.setValue(periods.all().stream().filter(p -> p.getId().equals(closed.getId())).findFirst().orElseThrow());
        assertThat(view.coverage.getText()).contains(closed.getName(), "(01.01.2071–30.04.2071)", "lukket");
    }

    @Test
    void a_failed_pack_tells_its_orderer_to_order_again_and_shows_no_stack_trace() {
        TestSecurity.runAs("direktor-feil", Roles.MANAGEMENT);
        if (periods.all().isEmpty()) {
            periods.open(ReportingPeriod.Type.ANNUAL, 2072);
        }
        Long periodId = periods.all().getFirst().getId();
        for (String error : new String[] {"NullPointerException: Cannot invoke \"x\" because \"y\" is null",
                ReportPackSummary.ABANDONED}) {
            jdbc.update("INSERT INTO report_pack (version, created_at, created_by, modified_at, modified_by, period_id,"
                    + " period_name, format, status, requested_by, error) VALUES (0, NOW(6), 'test', NOW(6), 'test', ?,"
                    + " 'feilet', 'PDF', 'FAILED', 'direktor-feil', ?)", periodId, error);
        }

        login("direktor-feil", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ReportPackView.class);
        ReportPackView view = _get(ReportPackView.class);

        assertThat(GridKt._size(view.packs)).isEqualTo(2);
        String newest = ((Span) GridKt._getCellComponent(view.packs, 0, "file")).getText();
        String older = ((Span) GridKt._getCellComponent(view.packs, 1, "file")).getText();
        assertThat(newest).isEqualTo(view.getTranslation("reports.error.abandoned"));
        assertThat(older).isEqualTo(view.getTranslation("reports.error.failed")).doesNotContain("Exception");
    }

    @Test
    void quality_may_open_the_page_and_leaders_may_not() {
        login("kvalitet-pakke", Roles.QUALITY);
        UI.getCurrent().navigate(ReportPackView.class);
        _assertOne(ReportPackView.class);

        login("leder-pakke", Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReportPackView.class))
                .isInstanceOf(MockAccessDeniedException.class).hasMessageContaining("Access is denied");
    }
}
