package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.checklists.ChecklistFixtures;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.ui.LoginView;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.whistleblowing.CaseRow;
import no.kommune.portal.whistleblowing.ReportDraft;
import no.kommune.portal.whistleblowing.WhistleblowingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The cross-unit (IDOR) half of issue 9's matrix: every detail route opened by id, by people inside and outside
 * the row's data scope, both through the service the view calls and through the route itself in a Karibu
 * browser. A refused person must get Spring's {@link AccessDeniedException} from the service and must not see
 * the row's text on the page, whatever the page shows instead. A detail route (one with {@code {id}} in
 * {@link AccessMatrixTest#ROUTES}) without an allowed and a denied row here fails the test.
 *
 * <p>The people: unit A (a unit under service area A) with its leader {@code leaderA}, the employee who reported
 * ({@code reporter}) and a {@code colleague}; service area B with {@code leaderB}; one user per other role.
 */
class DataScopeMatrixTest extends KaribuTest {

    static final boolean ALLOWED = true;
    static final boolean DENIED = false;

    // @formatter:off
    /** Detail route, the row opened, who opens it, and whether she may see it. */
    static final List<Case> CASES = List.of(
            // an ordinary deviation of unit A: the reporter, the leader and the chain, management and quality
            scope("/avvik/{id}",                      "deviation",              "reporter",    ALLOWED),
            scope("/avvik/{id}",                      "deviation",              "leaderA",     ALLOWED),
            scope("/avvik/{id}",                      "deviation",              "management",  ALLOWED),
            scope("/avvik/{id}",                      "deviation",              "quality",     ALLOWED),
            scope("/avvik/{id}",                      "deviation",              "colleague",   DENIED),
            scope("/avvik/{id}",                      "deviation",              "leaderB",     DENIED),
            scope("/avvik/{id}",                      "deviation",              "politician",  DENIED),
            scope("/avvik/{id}",                      "deviation",              "admin",       DENIED),
            scope("/avvik/{id}",                      "deviation",              "receiver",    DENIED),
            // a confidential one (personal data): only the reporter, the handling chain and quality (logged)
            // the receipt after reporting is the reporter's alone: not a way for others to learn where a case went
            scope("/avvik/kvittering/{id}",           "deviationReceipt",       "reporter",    ALLOWED),
            scope("/avvik/kvittering/{id}",           "deviationReceipt",       "colleague",   DENIED),
            scope("/avvik/kvittering/{id}",           "deviationReceipt",       "leaderA",     DENIED),
            scope("/avvik/kvittering/{id}",           "deviationReceipt",       "leaderB",     DENIED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "reporter",    ALLOWED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "leaderA",     ALLOWED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "quality",     ALLOWED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "management",  DENIED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "leaderB",     DENIED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "colleague",   DENIED),
            scope("/avvik/{id}",                      "confidentialDeviation",  "admin",       DENIED),
            // a supervision of unit A: its leader, management, quality and politicians; not another leader
            scope("/tilsyn/{id}",                     "supervision",            "leaderA",     ALLOWED),
            scope("/tilsyn/{id}",                     "supervision",            "management",  ALLOWED),
            scope("/tilsyn/{id}",                     "supervision",            "quality",     ALLOWED),
            scope("/tilsyn/{id}",                     "supervision",            "politician",  ALLOWED),
            scope("/tilsyn/{id}",                     "supervision",            "leaderB",     DENIED),
            scope("/tilsyn/{id}",                     "supervision",            "reporter",    DENIED),
            scope("/tilsyn/{id}",                     "supervision",            "admin",       DENIED),
            // unit A's checklist answer in an unpublished round: its leader and the units-wide roles
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "leaderA",     ALLOWED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "quality",     ALLOWED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "management",  ALLOWED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "admin",       ALLOWED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "leaderB",     DENIED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "politician",  DENIED),
            scope("/internkontroll/sjekkliste/{id}",  "checklist",              "reporter",    DENIED),
            // a mandate of unit A: political decisions are public, every follow-up role reads every mandate
            // (docs/decisions/002); changing it stays with its unit (FollowUpServiceTest / MandateReadScopeTest)
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "leaderA",     ALLOWED),
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "leaderB",     ALLOWED),
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "politician",  ALLOWED),
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "management",  ALLOWED),
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "reporter",    DENIED),
            scope("/oppfolging/oppdrag/{id}",         "mandate",                "receiver",    DENIED),
            // correcting a registered decision is management's alone, also for the leader of the mandate's unit
            scope("/vedtak/rediger/{id}",             "decision",               "management",  ALLOWED),
            scope("/vedtak/rediger/{id}",             "decision",               "leaderA",     DENIED),
            scope("/vedtak/rediger/{id}",             "decision",               "leaderB",     DENIED),
            scope("/vedtak/rediger/{id}",             "decision",               "politician",  DENIED),
            // a whistleblowing case reported by an employee: the receivers only, not even its reporter by id
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "receiver",    ALLOWED),
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "reporter",    DENIED),
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "admin",       DENIED),
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "management",  DENIED),
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "quality",     DENIED),
            scope("/varsling/sak/{id}",               "whistleblowingCase",     "leaderA",     DENIED)
    );
    // @formatter:on

    record Case(String route, String resource, String actor, boolean allowed) {
        @Override
        public String toString() {
            return actor + " opening " + resource + " at " + route + " (expected " + (allowed ? "allowed" : "denied")
                    + ")";
        }
    }

    static Case scope(String route, String resource, String actor, boolean allowed) {
        return new Case(route, resource, actor, allowed);
    }

    /** A person: username and roles. */
    record Actor(String username, String... roles) {
    }

    /** A row: its id, a text only its page shows, and the service call its detail view makes. */
    record Resource(Long id, String marker, Function<Long, Object> read) {
    }

    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures decisions;
    @Autowired ChecklistFixtures checklists;
    @Autowired DeviationService deviationService;
    @Autowired SupervisionService supervisionService;
    @Autowired ChecklistService checklistService;
    @Autowired FollowUpService followUpService;
    @Autowired no.kommune.portal.decisions.DecisionCorrections decisionCorrections;
    @Autowired WhistleblowingService whistleblowingService;

    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Resource> resources = new HashMap<>();

    @Test
    void every_detail_route_refuses_people_outside_the_rows_scope_in_the_service_and_on_the_page() {
        createPeopleAndRows();
        List<String> problems = new ArrayList<>();
        for (Case c : CASES) {
            Actor actor = actors.get(c.actor());
            Resource resource = resources.get(c.resource());
            assertThat(actor).as("actor of " + c).isNotNull();
            assertThat(resource).as("resource of " + c).isNotNull();
            checkService(c, actor, resource, problems);
            checkPage(c, actor, resource, problems);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void every_detail_route_has_an_allowed_and_a_denied_case() {
        List<String> problems = new ArrayList<>();
        AccessMatrixTest.ROUTES.keySet().stream().filter(route -> route.contains("{id}")).forEach(route -> {
            boolean allowed = CASES.stream().anyMatch(c -> c.route().equals(route) && c.allowed());
            boolean denied = CASES.stream().anyMatch(c -> c.route().equals(route) && !c.allowed());
            if (!allowed || !denied) {
                problems.add("Detail route " + route + " needs rows in DataScopeMatrixTest.CASES for someone who may "
                        + "open it and someone of another unit (or person) who may not, e.g.\n"
                        + "        scope(\"" + route + "\", \"<resource>\", \"leaderB\", DENIED),");
            }
        });
        CASES.stream().map(Case::route).distinct().filter(route -> !AccessMatrixTest.ROUTES.containsKey(route))
                .forEach(route -> problems.add("DataScopeMatrixTest.CASES names " + route
                        + ", which is not a row of AccessMatrixTest.ROUTES"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void checkService(Case c, Actor actor, Resource resource, List<String> problems) {
        TestSecurity.runAs(actor.username(), actor.roles());
        try {
            resource.read().apply(resource.id());
            if (!c.allowed()) {
                problems.add(c + ": the service returned the row");
            }
        } catch (AccessDeniedException denied) {
            if (c.allowed()) {
                problems.add(c + ": the service refused: " + denied.getMessage());
            }
        } catch (RuntimeException other) {
            problems.add(c + ": the service failed with " + other + " instead of allowing or refusing");
        } finally {
            TestSecurity.clear();
        }
    }

    private void checkPage(Case c, Actor actor, Resource resource, List<String> problems) {
        // a refused navigation leaves the previous page in place: start every case from the login page
        signOutToLoginPage();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("the login page before " + c).isInstanceOf(LoginView.class);
        assertThat(pageText()).as("the login page before " + c).doesNotContain(resource.marker());
        login(actor.username(), actor.roles());
        String location = c.route().substring(1).replace("{id}", resource.id().toString());
        try {
            UI.getCurrent().navigate(location);
        } catch (Throwable refused) {
            // Karibu rethrows what the error page got: it must be the refusal, not some other failure
            if (c.allowed()) {
                problems.add(c + ": the page failed: " + refused);
                return;
            }
            if (!isRefusal(refused)) {
                problems.add(c + ": the page failed with " + refused + " instead of refusing");
            }
        }
        boolean shown = pageText().contains(resource.marker());
        if (shown != c.allowed()) {
            problems.add(c + (shown ? ": the page shows the row" : ": the page does not show the row"));
        }
        TestSecurity.clear();
    }

    /**
     * A refusal anywhere in the causes: Spring Security's (the service's data scope or {@code @PreAuthorize}), or
     * Karibu's for a route the roles do not allow.
     */
    private static boolean isRefusal(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof AccessDeniedException || e instanceof MockAccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private static void signOutToLoginPage() {
        TestSecurity.clear();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        UI.getCurrent().navigate("login");
    }

    /** Every text the current page shows: the text nodes of every component from the outermost layout down. */
    private static String pageText() {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        StringBuilder text = new StringBuilder();
        if (!chain.isEmpty()) {
            collect(((Component) chain.getLast()), text);
        }
        return text.toString();
    }

    private static void collect(Component component, StringBuilder text) {
        text.append(component.getElement().getTextRecursively()).append(' ');
        component.getChildren().forEach(child -> collect(child, text));
    }

    private void createPeopleAndRows() {
        OrgUnit kommune = org.municipality();
        OrgUnit areaA = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit unitA = org.unit("Skole", OrgUnitType.UNIT, areaA);
        OrgUnit areaB = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        UserAccount leaderA = person("leaderA", Roles.LEADER, Roles.EMPLOYEE);
        UserAccount leaderB = person("leaderB", Roles.LEADER, Roles.EMPLOYEE);
        UserAccount reporter = person("reporter", Roles.EMPLOYEE);
        UserAccount colleague = person("colleague", Roles.EMPLOYEE);
        person("management", Roles.MANAGEMENT);
        person("quality", Roles.QUALITY);
        person("politician", Roles.POLITICIAN);
        person("admin", Roles.ADMIN);
        person("receiver", Roles.WHISTLEBLOWING_RECEIVER);
        org.lead(leaderA, areaA);
        org.lead(leaderB, areaB);
        org.memberOf(reporter, unitA);
        org.memberOf(colleague, unitA);
        org.memberOf(leaderA, unitA);

        as(reporter, Roles.EMPLOYEE);
        Long category = deviationService.categories().getFirst().getId();
        for (boolean confidential : new boolean[] {false, true}) {
            String title = OrgFixtures.unique(confidential ? "Fortrolig avvik" : "Avvik");
            Long id = deviationService.report(new DeviationDraft(title, "Beskrivelse",
                    LocalDateTime.now().minusHours(2), unitA.getId(), null, category, Severity.MEDIUM, null,
                    confidential)).id();
            resources.put(confidential ? "confidentialDeviation" : "deviation",
                    new Resource(id, title, deviationService::detail));
            if (!confidential) {
                resources.put("deviationReceipt", new Resource(id, unitA.getName(), deviationService::receipt));
            }
        }
        String subject = OrgFixtures.unique("Varsel om forhold");
        whistleblowingService.submitAsEmployee(ReportDraft.anonymous(subject, "Det som skjedde"));

        TestSecurity.runAs("scope-quality-fixture", Roles.QUALITY);
        String supervisionSubject = OrgFixtures.unique("Tilsyn med skolemiljø");
        Long supervisionId = supervisionService.create(SupervisionDraft.of(2026, "Oppvekst", "Statsforvalteren",
                supervisionSubject, "Funn", "01.06.2026", "Tiltak").withUnit(unitA.getId())).id();
        resources.put("supervision", new Resource(supervisionId, supervisionSubject, supervisionService::detail));

        String roundName = OrgFixtures.unique("Runde");
        Long round = checklists.round(checklists.template(), roundName, LocalDate.now().plusMonths(1),
                List.of(unitA.getId(), areaB.getId()));
        resources.put("checklist", new Resource(checklists.instanceOf(round, unitA.getId()), roundName,
                checklistService::instance));

        String mandateTitle = OrgFixtures.unique("Utred skolestruktur");
        Long mandateId = decisions.mandate(decisions.body(), mandateTitle, LocalDate.now().plusMonths(2), leaderA, unitA);
        resources.put("mandate", new Resource(mandateId, mandateTitle, followUpService::detail));
        TestSecurity.runAs("scope-management-fixture", Roles.MANAGEMENT);
        resources.put("decision", new Resource(decisionCorrections.decisionOf(mandateId), mandateTitle,
                decisionCorrections::load));

        TestSecurity.runAs(actors.get("receiver").username(), Roles.WHISTLEBLOWING_RECEIVER);
        Long caseId = whistleblowingService.page(null, null, PageSlice.first(500)).stream()
                .filter(r -> subject.equals(r.subject())).map(CaseRow::id).findFirst().orElseThrow();
        resources.put("whistleblowingCase", new Resource(caseId, subject, whistleblowingService::detail));
        TestSecurity.clear();
    }

    private UserAccount person(String name, String... roles) {
        UserAccount user = org.user(name, roles);
        actors.put(name, new Actor(user.getUsername(), roles));
        return user;
    }

    private static void as(UserAccount user, String... roles) {
        TestSecurity.runAs(user.getUsername(), roles);
    }
}
