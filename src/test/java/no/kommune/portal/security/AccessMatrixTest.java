package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9's role × route matrix: who may open every route and call every public service method, written down
 * once, here, and compared with what the portal's own access machinery decides (see {@link AccessMatrix}).
 * A route or service method without a row fails the build with the row to add; a row for something that no
 * longer exists fails too. The data scope inside the services (which units' rows) is proven by
 * {@link DataScopeMatrixTest}, which opens every detail route as people of other units.
 *
 * <p>Columns: A = ADMIN, M = MANAGEMENT, L = LEADER, P = POLITICIAN, Q = QUALITY, E = EMPLOYEE,
 * W = WHISTLEBLOWING_RECEIVER, N = not signed in. A letter means allowed, a dot denied. A user with several
 * roles gets the union of her columns.
 */
class AccessMatrixTest extends KaribuTest {

    // @formatter:off
    /** Route (as typed in the address bar; {id} for a detail page) → who may open it. */
    static final Map<String, String> ROUTES = table(
            //                                                        A M L P Q E W N
            row("/",                                                 "A M L P Q E W ."),
            row("/admin/brukere",                                    "A . . . . . . ."),
            row("/admin/e-post",                                     "A . . . . . . ."),
            row("/admin/organisasjonskart",                          "A . . . . . . ."),
            row("/admin/organisasjonskart/import",                   "A . . . . . . ."),
            row("/admin/kommune",                                    "A . . . . . . ."),
            row("/admin/brukere/import",                             "A . . . . . . ."),
            row("/avvik",                                            ". M L . Q . . ."),
            row("/avvik/innsynslogg",                                ". . . . Q . . ."),
            row("/avvik/kategorier",                                 ". . . . Q . . ."),
            row("/avvik/mine",                                       "A M L P Q E W ."),
            row("/avvik/ny",                                         "A M L P Q E W ."),
            row("/avvik/statistikk",                                 ". M L . Q . . ."),
            row("/avvik/{id}",                                       "A M L P Q E W ."),
            row("/innstillinger",                                    "A M L P Q E W ."),
            row("/internkontroll",                                   "A M . P Q . . ."),
            row("/internkontroll/maler",                             "A M . . Q . . ."),
            row("/internkontroll/mine",                              ". . L . . . . ."),
            row("/internkontroll/runder",                            "A M . . Q . . ."),
            row("/internkontroll/sjekkliste/{id}",                   "A M L P Q . . ."),
            row("/login",                                            "A M L P Q E W N"),
            row("/mine-oppdrag",                                     ". M L . . . . ."),
            row("/oppfolging",                                       "A M L P Q . . ."),
            row("/oppfolging/oppdrag/{id}",                          "A M L P Q . . ."),
            row("/oppfolging/perioder",                              ". M . . . . . ."),
            row("/oppfolging/statuser",                              "A M . . . . . ."),
            row("/organisasjon",                                     "A M . . Q . . ."),
            row("/oppsett",                                          "A . . . . . . ."),
            row("/rapporter",                                        ". M . . Q . . ."),
            row("/tilsyn",                                           ". M L P Q . . ."),
            row("/tilsyn/{id}",                                      ". M L P Q . . ."),
            row("/varsle",                                           "A M L P Q E W N"),
            row("/varsle/kvittering",                                "A M L P Q E W N"),
            row("/varsler",                                          "A M L P Q E W ."),
            row("/varsling/mottak",                                  ". . . . . . W ."),
            row("/varsling/ny",                                      ". . . . . E . ."),
            row("/varsling/sak/{id}",                                ". . . . . . W ."),
            row("/varsling/statistikk",                              ". M . . Q . W ."),
            row("/vedtak",                                           "A M L P Q . . ."),
            row("/vedtak/import",                                    ". M . . . . . ."),
            row("/vedtak/ny",                                        ". M . . . . . ."),
            row("/varsling/mottakere", ". . . . . . W ."),
            row("/vedtak/rediger/{id}", ". M . . . . . ."),
            row("/avvik/kvittering/{id}", "A M L P Q E W ."),
            row("/tilgjengelighet", "A M L P Q E W N")
    );

    /** Public service method (Class#method) → who may call it. */
    static final Map<String, String> SERVICES = table(
            //                                                        A M L P Q E W N
            row("CaseRegister#count",                                "A M L P Q . . ."),
            row("CaseRegister#importCaseList",                       ". M . . . . . ."),
            row("CaseRegister#page",                                 "A M L P Q . . ."),

            row("ChecklistReport#appendChapter",                     "A M . P Q . . ."),
            row("ChecklistReport#overview",                          "A M . P Q . . ."),
            row("ChecklistReport#unitChecklist",                     "A M L P Q . . ."),

            row("ChecklistService#addAction",                        ". . L . . . . ."),
            row("ChecklistService#addArea",                          ". . . . Q . . ."),
            row("ChecklistService#addQuestion",                      ". . . . Q . . ."),
            row("ChecklistService#answer",                           ". . L . . . . ."),
            row("ChecklistService#completion",                       "A M . P Q . . ."),
            row("ChecklistService#createTemplate",                   ". . . . Q . . ."),
            row("ChecklistService#editableDraft",                    ". . . . Q . . ."),
            row("ChecklistService#importTemplate",                   ". . . . Q . . ."),
            row("ChecklistService#instance",                         "A M L P Q . . ."),
            row("ChecklistService#myCount",                          "A M L P Q . . ."),
            row("ChecklistService#myPage",                           "A M L P Q . . ."),
            row("ChecklistService#openRound",                        ". . . . Q . . ."),
            row("ChecklistService#overview",                         "A M . P Q . . ."),
            row("ChecklistService#publish",                          ". . . . Q . . ."),
            row("ChecklistService#publishOverview",                  ". M . . . . . ."),
            row("ChecklistService#publishedVersions",                "A M . . Q . . ."),
            row("ChecklistService#reopen",                           ". . . . Q . . ."),
            row("ChecklistService#roundCount",                       "A M . P Q . . ."),
            row("ChecklistService#roundPage",                        "A M . P Q . . ."),
            row("ChecklistService#serviceAreaCompletion",            "A M . P Q . . ."),
            row("ChecklistService#submit",                           ". . L . . . . ."),
            row("ChecklistService#templateContent",                  "A M . . Q . . ."),
            row("ChecklistService#templateVersions",                 "A M . . Q . . ."),
            row("ChecklistService#unansweredFor",                    "A M L P Q . . ."),
            row("ChecklistService#updateAction",                     "A M L P Q . . ."),
            row("ChecklistService#updateArea",                       ". . . . Q . . ."),
            row("ChecklistService#updateQuestion",                   ". . . . Q . . ."),

            // public on purpose (no @PreAuthorize; reasons in ArchitectureTest.PUBLIC_ON_PURPOSE)
            row("CurrentUser#account",                               "A M L P Q E W N"),
            row("CurrentUser#accountId",                             "A M L P Q E W N"),
            row("CurrentUser#bodyIds",                               "A M L P Q E W N"),
            row("CurrentUser#hasRole",                               "A M L P Q E W N"),
            row("CurrentUser#ledUnitIds",                            "A M L P Q E W N"),
            row("CurrentUser#mayManageUnit",                         "A M L P Q E W N"),
            row("CurrentUser#memberUnitIds",                         "A M L P Q E W N"),
            row("CurrentUser#requireAccount",                        "A M L P Q E W N"),
            row("CurrentUser#requireMayManageUnit",                  "A M L P Q E W N"),
            row("CurrentUser#requireUsername",                       "A M L P Q E W N"),
            row("CurrentUser#seesAllUnits",                          "A M L P Q E W N"),
            row("CurrentUser#username",                              "A M L P Q E W N"),
            row("CurrentUser#withDescendants",                       "A M L P Q E W N"),

            row("DecisionImporter#importFile",                       ". M . . . . . ."),
            row("DecisionImporter#preview",                          ". M . . . . . ."),

            row("DecisionRegistry#register",                         ". M . . . . . ."),

            row("DeviationReport#appendChapter",                     ". M L . Q . . ."),
            row("DeviationReport#build",                             ". M L . Q . . ."),

            row("DeviationService#addAction",                        ". . L . Q . . ."),
            row("DeviationService#addCategory",                      ". . . . Q . . ."),
            row("DeviationService#allCategories",                    ". . . . Q . . ."),
            row("DeviationService#categories",                       "A M L P Q E W ."),
            row("DeviationService#changeStatus",                     ". . L . Q . . ."),
            row("DeviationService#close",                            ". . L . Q . . ."),
            row("DeviationService#completeAction",                   ". . L . Q . . ."),
            row("DeviationService#count",                            ". M L . Q . . ."),
            row("DeviationService#countOpen",                        ". M L . Q . . ."),
            row("DeviationService#defaultUnitId",                    "A M L P Q E W ."),
            row("DeviationService#detail",                           "A M L P Q E W ."),
            row("DeviationService#forward",                          ". . L . Q . . ."),
            row("DeviationService#mine",                             "A M L P Q E W ."),
            row("DeviationService#page",                             ". M L . Q . . ."),
            row("DeviationService#readLog",                          ". . . . Q . . ."),
            row("DeviationService#renameCategory",                   ". . . . Q . . ."),
            row("DeviationService#reopen",                           ". . L . Q . . ."),
            row("DeviationService#report",                           "A M L P Q E W ."),
            row("DeviationService#setCategoryActive",                ". . . . Q . . ."),

            row("DeviationStatistics#period",                        ". M L . Q . . ."),
            row("DeviationStatistics#year",                          ". M L . Q . . ."),

            row("FollowUpFigures#openPerServiceArea",                "A M . . . . . ."),
            row("FollowUpFigures#openWithoutUnit",                   "A M . . . . . ."),
            row("FollowUpFigures#overduePerResponsible",             "A M . . . . . ."),

            row("FollowUpReport#appendChapter",                      "A M L P Q . . ."),
            row("FollowUpReport#appendChapterPerBody",               "A M L P Q . . ."),
            row("FollowUpReport#build",                              "A M L P Q . . ."),

            row("FollowUpService#confirmDone",                       ". M . . . . . ."),
            row("FollowUpService#count",                             "A M L P Q . . ."),
            row("FollowUpService#countsByState",                     "A M L P Q . . ."),
            row("FollowUpService#detail",                            "A M L P Q . . ."),
            row("FollowUpService#openPeriod",                        "A M L P Q . . ."),
            row("FollowUpService#page",                              "A M L P Q . . ."),
            row("FollowUpService#sendBack",                          ". M . . . . . ."),
            row("FollowUpService#statusLabels",                      "A M L P Q . . ."),
            row("FollowUpService#updateStatus",                      ". M L . . . . ."),

            // the municipality every page shows, the login page too: read by anyone, changed by the administrator
            row("MunicipalityProfileService#current",                "A M L P Q E W N"),
            row("MunicipalityProfileService#logo",                   "A M L P Q E W N"),
            row("MunicipalityProfileService#save",                   "A . . . . . . ."),

            row("NotificationService#latest",                        "A M L P Q E W ."),
            row("NotificationService#markAllRead",                   "A M L P Q E W ."),
            row("NotificationService#markRead",                      "A M L P Q E W ."),
            row("NotificationService#myMailMode",                    "A M L P Q E W ."),
            row("NotificationService#outbox",                        "A . . . . . . ."),
            row("NotificationService#page",                          "A M L P Q E W ."),
            row("NotificationService#send",                          "A M L P Q E W N"),
            row("NotificationService#setMyMailMode",                 "A M L P Q E W ."),
            row("NotificationService#unreadCount",                   "A M L P Q E W ."),

            row("OrgChartService#chart",                             "A . . . . . . ."),
            row("OrgChartService#close",                             "A . . . . . . ."),
            row("OrgChartService#closePreview",                      "A . . . . . . ."),
            row("OrgChartService#create",                            "A . . . . . . ."),
            row("SetupService#progress",                             "A . . . . . . ."),
            row("OrgChartService#history",                           "A . . . . . . ."),
            row("OrgChartService#importFile",                        "A . . . . . . ."),
            row("OrgChartService#importTemplate",                    "A . . . . . . ."),
            row("OrgChartService#move",                              "A . . . . . . ."),
            row("OrgChartService#municipalities",                    "A . . . . . . ."),
            row("OrgChartService#people",                            "A . . . . . . ."),
            row("OrgChartService#previewImport",                     "A . . . . . . ."),
            row("OrgChartService#rename",                            "A . . . . . . ."),
            row("OrgChartService#reopen",                            "A . . . . . . ."),
            row("OrgChartService#setLeader",                         "A . . . . . . ."),

            row("OrganisationService#activeBodies",                  "A M L P Q E W ."),
            row("OrganisationService#addMember",                     "A . . . . . . ."),
            row("OrganisationService#createBody",                    "A . . . . . . ."),
            row("OrganisationService#updateBody",                    "A . . . . . . ."),
            row("OrganisationService#endMembership",                 "A . . . . . . ."),
            row("OrganisationService#findBody",                      "A M L P Q E W ."),
            row("OrganisationService#findBodyByNameOrShortName",     "A M L P Q E W ."),
            row("OrganisationService#findPerson",                    "A M L P Q E W ."),
            row("OrganisationService#findPersonByName",              "A M L P Q E W ."),
            row("OrganisationService#findUnit",                      "A M L P Q E W ."),
            row("OrganisationService#unitForWork",                   "A M L P Q E W ."),
            row("OrganisationService#findUnitByName",                "A M L P Q E W ."),
            row("OrganisationService#members",                       "A M L P Q E W ."),
            row("OrganisationService#namesOf",                       "A M L P Q E W ."),
            row("OrganisationService#saveBody",                      "A . . . . . . ."),
            row("OrganisationService#saveUnit",                      "A . . . . . . ."),
            row("OrganisationService#searchPeople",                  "A M L P Q E W ."),
            row("OrganisationService#setLeader",                     "A . . . . . . ."),
            row("OrganisationService#unitTree",                      "A M L P Q E W ."),

            row("PeriodService#all",                                 "A M L P Q . . ."),
            row("PeriodService#close",                               ". M . . . . . ."),
            row("PeriodService#find",                                "A M L P Q . . ."),
            row("PeriodService#lastClosed",                          "A M L P Q . . ."),
            row("PeriodService#open",                                ". M . . . . . ."),
            row("StatusLabelService#all",                            "A M . . . . . ."),
            row("StatusLabelService#create",                         "A M . . . . . ."),
            row("StatusLabelService#move",                           "A M . . . . . ."),
            row("StatusLabelService#rename",                         "A M . . . . . ."),
            row("StatusLabelService#setInUse",                       "A M . . . . . ."),
            row("PeriodService#snapshotOf",                          "A M L P Q . . ."),

            row("PortalUserDetailsService#loadUserByUsername",       "A M L P Q E W N"),

            row("ReportPackService#build",                           ". M . . Q . . ."),
            row("ReportPackService#content",                         ". M . . Q . . ."),
            row("ReportPackService#mine",                            ". M . . Q . . ."),
            row("ReportPackService#periods",                         ". M . . Q . . ."),
            row("ReportPackService#request",                         ". M . . Q . . ."),

            row("StartPageService#cards",                            "A M L P Q E W ."),

            row("SupervisionReport#appendChapter",                   ". M L P Q . . ."),
            row("SupervisionReport#build",                           ". M L P Q . . ."),

            row("SupervisionService#authorities",                    ". M L P Q . . ."),
            row("SupervisionService#changeStatus",                   ". M . . Q . . ."),
            row("SupervisionService#count",                          ". M L P Q . . ."),
            row("SupervisionService#create",                         ". M . . Q . . ."),
            row("SupervisionService#detail",                         ". M L P Q . . ."),
            row("SupervisionService#importRecord",                   ". M . . Q . . ."),
            row("SupervisionService#page",                           ". M L P Q . . ."),
            row("SupervisionService#sectors",                        ". M L P Q . . ."),
            row("SupervisionService#update",                         ". M . . Q . . ."),
            row("SupervisionService#updateMeasures",                 ". M L . Q . . ."),
            row("SupervisionService#years",                          ". M L P Q . . ."),

            row("UserImportService#importFile",                      "A . . . . . . ."),
            row("UserImportService#importTemplate",                  "A . . . . . . ."),
            row("UserImportService#previewImport",                   "A . . . . . . ."),

            row("UserAdminService#count",                            "A . . . . . . ."),
            row("UserAdminService#find",                             "A . . . . . . ."),
            row("UserAdminService#history",                          "A . . . . . . ."),
            row("UserAdminService#page",                             "A . . . . . . ."),
            row("UserAdminService#save",                             "A . . . . . . ."),
            row("UserAdminService#setActive",                        "A . . . . . . ."),
            row("UserAdminService#setPassword",                      "A . . . . . . ."),

            row("UserDirectory#findLogin",                           "A M L P Q E W N"),
            row("UserDirectory#mailAddressOf",                       "A M L P Q E W N"),
            row("UserDirectory#signInWithSso",                       "A M L P Q E W N"),

            row("WhistleblowingReport#appendChapter",                ". M . . Q . W ."),

            row("WhistleblowingService#addInformation",              "A M L P Q E W N"),
            row("WhistleblowingService#changeStatus",                ". . . . . . W ."),
            row("WhistleblowingService#count",                       ". . . . . . W ."),
            row("WhistleblowingService#countForYear",                ". M . . Q . W ."),
            row("WhistleblowingService#countPerYear",                ". M . . Q . W ."),
            row("WhistleblowingService#detail",                      ". . . . . . W ."),
            row("WhistleblowingService#page",                        ". . . . . . W ."),
            row("WhistleblowingService#readByReceipt",               "A M L P Q E W N"),
            row("WhistleblowingService#reply",                       ". . . . . . W ."),
            row("WhistleblowingService#submitAsEmployee",            ". . . . . E . ."),
            row("WhistleblowingService#submitPublic",                "A M L P Q E W N"),
            row("DecisionCorrections#addMandate", ". M . . . . . ."),
            row("DecisionCorrections#correctDecision", ". M . . . . . ."),
            row("DecisionCorrections#correctMandate", ". M . . . . . ."),
            row("DecisionCorrections#decisionOf", ". M . . . . . ."),
            row("DecisionCorrections#existingCaseNumbers", ". M . . . . . ."),
            row("DecisionCorrections#load", ". M . . . . . ."),
            row("DecisionImporter#statusLabels", ". M . . . . . ."),
            row("DecisionImporter#template", ". M . . . . . ."),
            row("DecisionRegistry#existingCaseNumbers", ". M . . . . . ."),
            row("FollowUpExport#csv", "A M L P Q . . ."),
            row("FollowUpExport#rows", "A M L P Q . . ."),
            row("FollowUpExport#xlsx", "A M L P Q . . ."),
            row("ReceiverGroupService#candidates", ". . . . . . W ."),
            row("ReceiverGroupService#grant", ". . . . . . W ."),
            row("ReceiverGroupService#members", ". . . . . . W ."),
            row("ReceiverGroupService#resetPassword", ". . . . . . W ."),
            row("ReceiverGroupService#revoke", ". . . . . . W ."),
            row("ReportPackService#coverageOf", ". M . . Q . . ."),
            row("UserAdminService#checkPassword", "A . . . . . . ."),
            row("ChecklistActions#addAction", ". . L . . . . ."),
            row("ChecklistActions#updateAction", "A M L P Q . . ."),
            row("ChecklistAnswering#answer", ". . L . . . . ."),
            row("ChecklistAnswering#explainNoAction", ". . L . . . . ."),
            row("ChecklistAnswering#instance", "A M L P Q . . ."),
            row("ChecklistAnswering#myCount", "A M L P Q . . ."),
            row("ChecklistAnswering#myPage", "A M L P Q . . ."),
            row("ChecklistAnswering#reopen", ". . . . Q . . ."),
            row("ChecklistAnswering#submit", ". . L . . . . ."),
            row("ChecklistAnswering#unansweredFor", "A M L P Q . . ."),
            row("ChecklistOverviews#completion", "A M . P Q . . ."),
            row("ChecklistOverviews#overview", "A M . P Q . . ."),
            row("ChecklistOverviews#serviceAreaCompletion", "A M . P Q . . ."),
            row("ChecklistRounds#openRound", ". . . . Q . . ."),
            row("ChecklistRounds#publishOverview", ". M . . . . . ."),
            row("ChecklistRounds#roundCount", "A M . P Q . . ."),
            row("ChecklistRounds#roundPage", "A M . P Q . . ."),
            row("ChecklistService#explainNoAction", ". . L . . . . ."),
            row("ChecklistTemplates#addArea", ". . . . Q . . ."),
            row("ChecklistTemplates#addQuestion", ". . . . Q . . ."),
            row("ChecklistTemplates#createTemplate", ". . . . Q . . ."),
            row("ChecklistTemplates#editableDraft", ". . . . Q . . ."),
            row("ChecklistTemplates#importTemplate", ". . . . Q . . ."),
            row("ChecklistTemplates#publish", ". . . . Q . . ."),
            row("ChecklistTemplates#publishedVersions", "A M . . Q . . ."),
            row("ChecklistTemplates#templateContent", "A M . . Q . . ."),
            row("ChecklistTemplates#templateVersions", "A M . . Q . . ."),
            row("ChecklistTemplates#updateArea", ". . . . Q . . ."),
            row("ChecklistTemplates#updateQuestion", ". . . . Q . . ."),
            row("DeviationCategories#active", "A M L P Q E W ."),
            row("DeviationCategories#add", ". . . . Q . . ."),
            row("DeviationCategories#all", ". . . . Q . . ."),
            row("DeviationCategories#rename", ". . . . Q . . ."),
            row("DeviationCategories#setActive", ". . . . Q . . ."),
            row("DeviationHandling#addAction", ". . L . Q . . ."),
            row("DeviationHandling#changeStatus", ". . L . Q . . ."),
            row("DeviationHandling#close", ". . L . Q . . ."),
            row("DeviationHandling#completeAction", ". . L . Q . . ."),
            row("DeviationHandling#forward", ". . L . Q . . ."),
            row("DeviationHandling#forwardPreview", ". . L . Q . . ."),
            row("DeviationHandling#reopen", ". . L . Q . . ."),
            row("DeviationHandling#takeOver", ". . . . Q . . ."),
            row("DeviationQueries#count", ". M L . Q . . ."),
            row("DeviationQueries#countOpen", ". M L . Q . . ."),
            row("DeviationQueries#detail", "A M L P Q E W ."),
            row("DeviationQueries#mine", "A M L P Q E W ."),
            row("DeviationQueries#page", ". M L . Q . . ."),
            row("DeviationReadLogs#page", ". . . . Q . . ."),
            row("DeviationReporting#defaultUnitId", "A M L P Q E W ."),
            row("DeviationReporting#receipt", "A M L P Q E W ."),
            row("DeviationReporting#report", "A M L P Q E W ."),
            row("DeviationService#forwardPreview", ". . L . Q . . ."),
            row("DeviationService#receipt", "A M L P Q E W ."),
            row("DeviationService#takeOver", ". . . . Q . . ."),
            row("StartPageService#content", "A M L P Q E W .")
    );
    // @formatter:on

    @Autowired
    ApplicationContext context;

    @Test
    void every_route_has_a_row_and_the_router_decides_as_the_row_says() {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> routes = AccessMatrix.routes();
        assertThat(routes).as("routes found on the classpath").hasSizeGreaterThan(20);
        routes.forEach((key, view) -> {
            String actual = AccessMatrix.routePattern(context, view);
            String expected = ROUTES.get(key);
            if (expected == null) {
                problems.add("Route " + key + " (" + view.getSimpleName() + ") has no row in AccessMatrixTest.ROUTES."
                        + " Decide who may open it and add the row; today its annotations allow:\n"
                        + "        row(\"" + key + "\", \"" + AccessMatrix.spaced(actual) + "\"),");
            } else if (!expected.equals(actual)) {
                problems.add("Route " + key + " (" + view.getSimpleName() + "): the table says "
                        + AccessMatrix.spaced(expected) + " but the router decides " + AccessMatrix.spaced(actual));
            }
        });
        ROUTES.keySet().stream().filter(key -> !routes.containsKey(key)).forEach(key -> problems.add(
                "Row \"" + key + "\" in AccessMatrixTest.ROUTES names no route on the classpath: remove it"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void every_public_service_method_has_a_row_and_method_security_decides_as_the_row_says() {
        List<String> problems = new ArrayList<>();
        Map<String, AccessMatrix.ServiceMethod> methods = AccessMatrix.serviceMethods(context);
        assertThat(methods).as("public service methods found").hasSizeGreaterThan(100);
        methods.forEach((key, method) -> {
            String actual = AccessMatrix.servicePattern(context, method);
            String expected = SERVICES.get(key);
            if (expected == null) {
                problems.add("Service method " + key + " has no row in AccessMatrixTest.SERVICES. Decide who may call "
                        + "it and add the row; today its @PreAuthorize allows:\n"
                        + "        row(\"" + key + "\", \"" + AccessMatrix.spaced(actual) + "\"),");
            } else if (!expected.equals(actual)) {
                problems.add("Service method " + key + ": the table says " + AccessMatrix.spaced(expected)
                        + " but method security decides " + AccessMatrix.spaced(actual));
            }
        });
        SERVICES.keySet().stream().filter(key -> !methods.containsKey(key)).forEach(key -> problems.add(
                "Row \"" + key + "\" in AccessMatrixTest.SERVICES names no public service method: remove it"));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void a_row_must_spell_its_columns_in_order() {
        assertThat(AccessMatrix.compact("A M . . Q . . .")).isEqualTo("AM..Q...");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessMatrix.compact("M A . . Q . . ."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Column 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessMatrix.compact("A M . . Q . ."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 8 columns");
    }

    private static Map<String, String> table(Map.Entry<String, String>... rows) {
        Map<String, String> table = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : rows) {
            if (table.put(row.getKey(), AccessMatrix.compact(row.getValue())) != null) {
                throw new IllegalArgumentException("Two rows for " + row.getKey());
            }
        }
        return table;
    }

    private static Map.Entry<String, String> row(String key, String cell) {
        return Map.entry(key, cell);
    }
}
