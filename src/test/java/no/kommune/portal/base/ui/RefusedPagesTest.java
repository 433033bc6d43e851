package no.kommune.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.kommune.portal.checklists.ChecklistFixtures;
import no.kommune.portal.checklists.ui.ChecklistAnswerView;
import no.kommune.portal.decisions.ui.MandateDetailView;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.deviations.ui.DeviationDetailView;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.ui.SupervisionDetailView;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.whistleblowing.ui.CaseView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 item 10: a detail page outside one's scope, and one with an unknown id, both show "Du har ikke tilgang"
 * with HTTP 403 (the same page, so it does not tell which ids exist), logged at INFO without a stack trace.
 * Every detail route: deviation, supervision, mandate, whistleblowing case, checklist answer.
 */
class RefusedPagesTest extends KaribuTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    @Autowired OrgFixtures org;
    @Autowired DeviationService deviations;
    @Autowired SupervisionService supervisions;
    @Autowired ChecklistFixtures checklists;

    private OrgUnit ownUnit;
    private OrgUnit otherUnit;
    private UserAccount leader;
    private ListAppender<ILoggingEvent> log;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        OrgUnit ownArea = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit otherArea = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        ownUnit = org.unit("Skole", OrgUnitType.UNIT, ownArea);
        otherUnit = org.unit("Sykehjem", OrgUnitType.UNIT, otherArea);
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, ownArea);
        UserAccount otherLeader = org.user("leder-helse", Roles.LEADER);
        org.lead(otherLeader, otherArea);

        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(ErrorView.class)).addAppender(log);
    }

    @AfterEach
    void stopCapturingTheLog() {
        ((Logger) LoggerFactory.getLogger(ErrorView.class)).detachAppender(log);
    }

    private <T extends Component & HasUrlParameter<Long>> void assertRefused(Class<T> route, Long id) {
        log.list.clear();
        UI.getCurrent().navigate(route, id);

        _assertNone(route);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("forbidden-title")).getText()).isEqualTo("Du har ikke tilgang");
        assertThat(_get(ErrorView.class).status()).isEqualTo(403);
        assertThat(log.list).as("one line at INFO, no stack trace").singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void deviation_of_another_unit_and_unknown_deviation_show_the_same_refusal() {
        UserAccount reporter = org.user("ansatt", Roles.EMPLOYEE);
        org.memberOf(reporter, otherUnit);
        TestSecurity.runAs(reporter.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        Long id = deviations.report(new DeviationDraft("Fall i gangen", "Beboer falt", LocalDateTime.now().minusHours(1),
                otherUnit.getId(), null, category, Severity.MEDIUM, null, true)).id();

        login(leader.getUsername(), Roles.LEADER);
        assertRefused(DeviationDetailView.class, id);
        assertRefused(DeviationDetailView.class, UNKNOWN_ID);
    }

    @Test
    void supervision_of_another_unit_and_unknown_supervision_show_the_same_refusal() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        Long id = supervisions.create(SupervisionDraft.of(2025, OrgFixtures.unique("Helse"), "Statsforvalteren",
                "Sykehjemmet", "Legemiddelhåndtering", "Mars 2025", "Plan sendt").withUnit(otherUnit.getId())).id();

        login(leader.getUsername(), Roles.LEADER);
        assertRefused(SupervisionDetailView.class, id);
        assertRefused(SupervisionDetailView.class, UNKNOWN_ID);
    }

    @Test
    void checklist_of_another_unit_and_unknown_checklist_show_the_same_refusal() {
        Long version = checklists.template();
        Long round = checklists.round(version, "1. tertial", LocalDate.now().plusDays(30),
                List.of(ownUnit.getId(), otherUnit.getId()));
        Long othersChecklist = checklists.instanceOf(round, otherUnit.getId());

        login(leader.getUsername(), Roles.LEADER);
        assertRefused(ChecklistAnswerView.class, othersChecklist);
        assertRefused(ChecklistAnswerView.class, UNKNOWN_ID);
    }

    @Test
    void unknown_mandate_shows_the_refusal() {
        // Mandates are public documents, readable by every role the route admits (issue 9 item 11, lane "matrix"):
        // there is no mandate outside a reader's scope, so only the unknown id is refused.
        login(leader.getUsername(), Roles.LEADER);
        assertRefused(MandateDetailView.class, UNKNOWN_ID);
    }

    @Test
    void unknown_whistleblowing_case_shows_the_refusal() {
        // Every receiver reads every case; the route admits receivers only, so only the unknown id is refused here.
        login(OrgFixtures.unique("mottak"), Roles.WHISTLEBLOWING_RECEIVER);
        assertRefused(CaseView.class, UNKNOWN_ID);
    }

    @Test
    void a_known_deviation_in_scope_still_opens() {
        UserAccount reporter = org.user("ansatt", Roles.EMPLOYEE);
        org.memberOf(reporter, ownUnit);
        TestSecurity.runAs(reporter.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        Long id = deviations.report(new DeviationDraft("Glatt trapp", "Is på trappa", LocalDateTime.now().minusHours(1),
                ownUnit.getId(), null, category, Severity.LOW, null, false)).id();

        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _get(DeviationDetailView.class);
        _assertNone(ErrorView.class);
    }
}
