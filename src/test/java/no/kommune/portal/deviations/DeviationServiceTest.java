package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.Notification;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class DeviationServiceTest extends ServiceTest {

    @Autowired DeviationService service;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures org;

    OrgUnit kommune;
    OrgUnit areaA;
    OrgUnit unitA1;
    OrgUnit areaB;
    UserAccount top;
    UserAccount leaderA;
    UserAccount leaderB;
    UserAccount employee;
    UserAccount colleague;
    UserAccount quality;
    UserAccount management;
    Long category;

    @BeforeEach
    void data() {
        kommune = org.municipality();
        areaA = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        unitA1 = org.unit("Skole", OrgUnitType.UNIT, areaA);
        areaB = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        top = org.user("kommunedirektor", Roles.LEADER);
        leaderA = org.user("ledera", Roles.LEADER, Roles.EMPLOYEE);
        leaderB = org.user("lederb", Roles.LEADER, Roles.EMPLOYEE);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        colleague = org.user("kollega", Roles.EMPLOYEE);
        quality = org.user("kvalitet", Roles.QUALITY);
        management = org.user("direktor", Roles.MANAGEMENT);
        org.lead(top, kommune);
        org.lead(leaderA, areaA);
        org.lead(leaderB, areaB);
        org.memberOf(employee, unitA1);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        category = service.categories().getFirst().getId();
    }

    private DeviationDraft draft(String title, boolean personal) {
        return new DeviationDraft(title, "Elev slo en ansatt i gangen", LocalDateTime.now().minusHours(2),
                unitA1.getId(), "Gangen 2. etg", category, Severity.HIGH, "Skilte elevene", personal);
    }

    private Long reportAsEmployee(String title, boolean personal) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        return service.report(draft(title, personal)).id();
    }

    private long version(Long id) {
        return service.detail(id).version();
    }

    private DeviationFilter unitFilter() {
        return DeviationFilter.all().withUnit(kommune.getId());
    }

    @Test
    void employee_reports_to_the_nearest_leader_up_the_tree_gets_a_receipt_and_follows_it() {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThat(service.defaultUnitId()).contains(unitA1.getId());
        DeviationViews.Receipt receipt = service.report(draft("Vold i gangen", false));

        assertThat(receipt.unitName()).isEqualTo(unitA1.getName());
        assertThat(receipt.leaderName()).isEqualTo(leaderA.getFullName());
        assertThat(service.mine(0, 50)).extracting(DeviationRow::id).containsExactly(receipt.id());
        DeviationViews.DeviationDetail d = service.detail(receipt.id());
        assertThat(d.status()).isEqualTo(DeviationStatus.NEW);
        assertThat(d.handlerName()).isEqualTo(leaderA.getFullName());
        assertThat(d.history()).extracting(DeviationViews.HistoryLine::kind)
                .containsExactly(DeviationEvent.Kind.REPORTED);
        assertThat(d.history().getFirst().who()).as("the person's name").isEqualTo(employee.getFullName());
        assertThat(d.mayHandle()).isFalse();
        assertThat(notifications.latest(10)).extracting(Notification::getMessageKey)
                .contains("deviations.notice.receipt");

        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(10)).extracting(Notification::getLink).contains("avvik/" + receipt.id());
        assertThat(service.page(unitFilter(), 0, 50, false)).extracting(DeviationRow::id).contains(receipt.id());
        assertThat(service.detail(receipt.id()).mayHandle()).isTrue();
        assertThat(service.countOpen(Set.of(unitA1.getId()))).isEqualTo(1);
    }

    @Test
    void the_receipt_is_given_to_the_reporter_only() {
        Long id = reportAsEmployee("Glatt trapp", false);
        DeviationViews.Receipt receipt = service.receipt(id);
        assertThat(receipt.unitName()).isEqualTo(unitA1.getName());
        assertThat(receipt.leaderName()).isEqualTo(leaderA.getFullName());

        TestSecurity.runAs(colleague.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.receipt(id)).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.receipt(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_saved() {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertRefused(draft(" ", false), "deviations.error.titleRequired", "Write a short title of what happened");
        assertRefused(draft("x".repeat(201), false), "validation.field.tooLong",
                "Short title cannot be longer than 200 characters");
        assertRefused(new DeviationDraft("Tittel", "<script>alert(1)</script>", LocalDateTime.now().minusHours(1),
                unitA1.getId(), null, category, Severity.LOW, null, false), "validation.field.noMarkup",
                "Description cannot contain HTML or script");
        assertRefused(new DeviationDraft("Tittel", "Beskrivelse", LocalDateTime.now().plusDays(1),
                unitA1.getId(), null, category, Severity.LOW, null, false), "validation.futureDate");
        assertRefused(new DeviationDraft("Tittel", "Beskrivelse", LocalDateTime.of(205, 3, 1, 12, 0),
                unitA1.getId(), null, category, Severity.LOW, null, false), "validation.invalidDate");
        assertRefused(new DeviationDraft("Tittel", "Beskrivelse", null, unitA1.getId(), null, category, Severity.LOW,
                null, false), "deviations.error.occurredRequired");
        assertRefused(new DeviationDraft("Tittel", "", LocalDateTime.now(), unitA1.getId(), null, category,
                Severity.LOW, null, false), "deviations.error.descriptionRequired", "Describe what happened");
        assertRefused(new DeviationDraft("Tittel", "B", LocalDateTime.now(), null, null, category, Severity.LOW, null,
                false), "deviations.error.unitRequired");
        assertRefused(new DeviationDraft("Tittel", "B", LocalDateTime.now(), unitA1.getId(), null, null, Severity.LOW,
                null, false), "deviations.error.categoryRequired");
        assertRefused(new DeviationDraft("Tittel", "B", LocalDateTime.now(), unitA1.getId(), null, category, null,
                null, false), "deviations.error.severityRequired");
        assertThat(service.mine(0, 50)).isEmpty();
    }

    private void assertRefused(DeviationDraft draft, String key) {
        assertThatThrownBy(() -> service.report(draft)).isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    private void assertRefused(DeviationDraft draft, String key, String english) {
        assertThatThrownBy(() -> service.report(draft)).isInstanceOf(UserFacingException.class).hasMessage(key)
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo(english));
    }

    @Test
    void forwarding_moves_it_to_the_other_units_leader_and_keeps_the_chain() {
        Long id = reportAsEmployee("Feil medisin gitt", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.forward(id, version(id), areaB.getId(), " "))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.forwardNeedsComment")
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Write a comment for the person you forward it to"));
        assertThatThrownBy(() -> service.forward(id, version(id), unitA1.getId(), "samme"))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.sameUnit");
        service.forward(id, version(id), areaB.getId(), "Gjelder hjemmetjenesten");

        DeviationViews.DeviationDetail d = service.detail(id);
        assertThat(d.reportedToUnit()).isEqualTo(areaB.getName());
        assertThat(d.handlerName()).isEqualTo(leaderB.getFullName());
        assertThat(d.handlingChain()).containsExactlyInAnyOrder(leaderA.getFullName(), leaderB.getFullName());
        DeviationViews.HistoryLine last = d.history().getLast();
        assertThat(last.kind()).isEqualTo(DeviationEvent.Kind.FORWARDED);
        assertThat(last.fromUnit()).isEqualTo(unitA1.getName());
        assertThat(last.toUnit()).isEqualTo(areaB.getName());
        assertThat(last.comment()).isEqualTo("Gjelder hjemmetjenesten");
        assertThat(last.who()).isEqualTo(leaderA.getFullName());
        // the former handler still reads it (chain) but no longer handles it
        assertThat(d.mayHandle()).isFalse();
        assertThatThrownBy(() -> service.changeStatus(id, d.version(), DeviationStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs(leaderB.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(10)).extracting(Notification::getMessageKey)
                .contains("deviations.notice.forwarded");
        assertThat(service.detail(id).mayHandle()).isTrue();
        service.changeStatus(id, version(id), DeviationStatus.IN_PROGRESS, "Tar det");
        assertThat(service.detail(id).status()).isEqualTo(DeviationStatus.IN_PROGRESS);
    }

    @Test
    void closing_needs_cause_measures_and_learning_and_reopening_needs_a_reason() {
        Long id = reportAsEmployee("Brannalarm uten varsel", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        service.changeStatus(id, version(id), DeviationStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> service.changeStatus(id, version(id), DeviationStatus.CLOSED, null))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.useClose");
        assertThatThrownBy(() -> service.changeStatus(id, version(id), DeviationStatus.NEW, null))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.backToNew");

        assertThatThrownBy(() -> service.addAction(id, "Ny rutine", leaderA.getId(), LocalDate.now().minusDays(1)))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.deadlinePast");
        assertThatThrownBy(() -> service.addAction(id, "Ny rutine", null, LocalDate.now().plusDays(1)))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.ownerRequired");
        Long action = service.addAction(id, "Ny rutine for brannvakt", leaderA.getId(), LocalDate.now().plusDays(14));
        service.changeStatus(id, version(id), DeviationStatus.MEASURES_IMPLEMENTED, "Rutine laget");
        service.completeAction(action);
        assertThat(service.detail(id).actions()).singleElement()
                .satisfies(a -> assertThat(a.doneAt()).isNotNull())
                .satisfies(a -> assertThat(a.ownerName()).isEqualTo(leaderA.getFullName()));

        assertThatThrownBy(() -> service.close(id, version(id), "Feil i anlegget", "Service bestilt", " "))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.learningRequired")
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Say what was learned before the deviation is closed"));
        assertThatThrownBy(() -> service.close(id, version(id), "", "Service bestilt", "x"))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.causeRequired")
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo("Oppgi årsak før avviket lukkes"));
        assertThatThrownBy(() -> service.close(id, version(id), "Feil", "<b>Service</b>", "x"))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup");
        service.close(id, version(id), "Feil i anlegget", "Service bestilt", "Sjekk anlegget årlig");
        DeviationViews.DeviationDetail closed = service.detail(id);
        assertThat(closed.status()).isEqualTo(DeviationStatus.CLOSED);
        assertThat(closed.learning()).isEqualTo("Sjekk anlegget årlig");
        assertThat(closed.closedAt()).isNotNull();
        assertThat(service.countOpen(Set.of(unitA1.getId()))).isZero();
        assertThatThrownBy(() -> service.changeStatus(id, closed.version(), DeviationStatus.IN_PROGRESS, null))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.closed");

        assertThatThrownBy(() -> service.reopen(id, closed.version(), ""))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.reopenNeedsReason")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Write why the deviation is reopened"));
        service.reopen(id, closed.version(), "Skjedde igjen");
        DeviationViews.DeviationDetail reopened = service.detail(id);
        assertThat(reopened.status()).isEqualTo(DeviationStatus.IN_PROGRESS);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.history()).extracting(DeviationViews.HistoryLine::kind).containsExactly(
                DeviationEvent.Kind.REPORTED, DeviationEvent.Kind.STATUS_CHANGED, DeviationEvent.Kind.ACTION_ADDED,
                DeviationEvent.Kind.STATUS_CHANGED, DeviationEvent.Kind.ACTION_DONE, DeviationEvent.Kind.CLOSED,
                DeviationEvent.Kind.REOPENED);
        assertThat(reopened.history()).allSatisfy(h -> assertThat(h.who()).isNotBlank());
    }

    // ---- an empty text a step needs is refused with guidance for that step, not only "X må fylles ut" ----

    @Test
    void reporting_without_a_title_asks_for_a_short_title_of_what_happened() {
        assertGuidance(() -> service.report(draft("  ", false)), "deviations.error.titleRequired",
                "Skriv en kort tittel på hva som skjedde", "Write a short title of what happened");
    }

    @Test
    void reporting_without_a_description_asks_to_describe_what_happened() {
        assertGuidance(() -> service.report(new DeviationDraft("Glatt gulv", " ", LocalDateTime.now().minusHours(1),
                        unitA1.getId(), null, category, Severity.LOW, null, false)),
                "deviations.error.descriptionRequired", "Beskriv hva som skjedde", "Describe what happened");
    }

    @Test
    void forwarding_without_a_comment_asks_for_a_comment_to_the_receiver() {
        Long id = reportAsEmployee("Feil medisin gitt", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertGuidance(() -> service.forward(id, version(id), areaB.getId(), null),
                "deviations.error.forwardNeedsComment", "Skriv en kommentar til den du videresender til",
                "Write a comment for the person you forward it to");
    }

    @Test
    void closing_without_a_cause_asks_for_it_before_closing() {
        Long id = reportAsEmployee("Dør sto åpen", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertGuidance(() -> service.close(id, version(id), "  ", "Ny rutine", "Sjekk døra"),
                "deviations.error.causeRequired", "Oppgi årsak før avviket lukkes",
                "Give the cause before the deviation is closed");
    }

    @Test
    void closing_without_measures_asks_for_them_before_closing() {
        Long id = reportAsEmployee("Dør sto åpen", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertGuidance(() -> service.close(id, version(id), "Glemt", "", "Sjekk døra"),
                "deviations.error.measuresRequired", "Oppgi tiltak før avviket lukkes",
                "Give the measures before the deviation is closed");
    }

    @Test
    void closing_without_what_was_learned_asks_for_it_before_closing_and_a_too_long_one_names_the_field() {
        Long id = reportAsEmployee("Dør sto åpen", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertGuidance(() -> service.close(id, version(id), "Glemt", "Ny rutine", null),
                "deviations.error.learningRequired", "Oppgi hva som er lært før avviket lukkes",
                "Say what was learned before the deviation is closed");
        assertThatThrownBy(() -> service.close(id, version(id), "Glemt", "Ny rutine", "<b>Sjekk</b>"))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup")
                .satisfies(e -> assertThat(UserMessages.bokmal(e))
                        .isEqualTo("Læring kan ikke inneholde HTML eller skript"))
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Learning cannot contain HTML or script"));
    }

    @Test
    void reopening_without_a_reason_asks_why_it_is_reopened() {
        Long id = reportAsEmployee("Dør sto åpen", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        service.close(id, version(id), "Glemt", "Ny rutine", "Sjekk døra");
        assertGuidance(() -> service.reopen(id, version(id), " "), "deviations.error.reopenNeedsReason",
                "Skriv hvorfor avviket gjenåpnes", "Write why the deviation is reopened");
    }

    private static void assertGuidance(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
            String bokmal, String english) {
        assertThatThrownBy(call).isInstanceOf(UserFacingException.class).hasMessage(key)
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo(bokmal))
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo(english));
    }

    @Test
    void stale_version_is_refused() {
        Long id = reportAsEmployee("Sklitt på isen", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        long v = version(id);
        service.changeStatus(id, v, DeviationStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> service.changeStatus(id, v, DeviationStatus.MEASURES_IMPLEMENTED, null))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void each_role_sees_and_does_only_what_it_may() {
        Long id = reportAsEmployee("Sykkelstativ veltet", false);
        // employees: own reports only, no handling list, no other people's deviations
        TestSecurity.runAs(colleague.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.page(unitFilter(), 0, 50, false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(id, 0, DeviationStatus.IN_PROGRESS, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(service.mine(0, 50)).isEmpty();
        // another unit's leader: neither sees nor handles it
        TestSecurity.runAs(leaderB.getUsername(), Roles.LEADER);
        assertThat(service.page(unitFilter(), 0, 50, false)).extracting(DeviationRow::id).doesNotContain(id);
        assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(id, 0, DeviationStatus.IN_PROGRESS, null))
                .isInstanceOf(AccessDeniedException.class);
        // management and quality read everything not confidential, but do not handle
        for (UserAccount reader : List.of(management, quality)) {
            TestSecurity.runAs(reader.getUsername(), reader.getRoles().toArray(String[]::new));
            assertThat(service.page(unitFilter(), 0, 50, false)).extracting(DeviationRow::title)
                    .contains("Sykkelstativ veltet");
            assertThat(service.detail(id).mayHandle()).isFalse();
            // management is refused by role; quality by the case (it handles only what it took over)
            assertThatThrownBy(() -> service.close(id, 0, "a", "b", "c"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the leader of the unit above sees it too
        TestSecurity.runAs(top.getUsername(), Roles.LEADER);
        assertThat(service.detail(id).title()).isEqualTo("Sykkelstativ veltet");
        // admin has no access to the handling list
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> service.page(unitFilter(), 0, 50, false))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_deviation_with_personal_data_is_read_only_by_reporter_chain_and_quality_and_every_read_is_logged() {
        Long id = reportAsEmployee("Pasient fikk feil dose", true);
        service.detail(id); // the reporter
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThat(service.detail(id).title()).isEqualTo("Pasient fikk feil dose");
        assertThat(service.page(unitFilter(), 0, 50, false)).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.title()).isNull())
                .satisfies(r -> assertThat(r.personalData()).isTrue());
        assertThatThrownBy(() -> service.readLog(id, 0, 50)).isInstanceOf(AuthorizationDeniedException.class);

        // management, the leader above (not in the chain) and other leaders may not read it
        for (UserAccount denied : List.of(management, top, leaderB)) {
            TestSecurity.runAs(denied.getUsername(), denied.getRoles().toArray(String[]::new));
            assertThatThrownBy(() -> service.detail(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(service.page(unitFilter(), 0, 50, false)).extracting(DeviationRow::id).doesNotContain(id);
        }

        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        assertThat(service.detail(id).description()).isEqualTo("Elev slo en ansatt i gangen");
        List<DeviationViews.ReadLogLine> log = service.readLog(id, 0, 50);
        assertThat(log).extracting(DeviationViews.ReadLogLine::who)
                .containsExactly(quality.getFullName(), leaderA.getFullName(), employee.getFullName());
        assertThat(log).allSatisfy(l -> assertThat(l.when()).isNotNull());
        assertThat(service.readLog(null, 0, 500)).extracting(DeviationViews.ReadLogLine::deviationId).contains(id);

        // non-confidential reads are not logged
        Long open = reportAsEmployee("Vanlig avvik", false);
        service.detail(open);
        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        assertThat(service.readLog(open, 0, 50)).isEmpty();
    }

    @Test
    void the_read_log_pages_from_any_offset_newest_first() {
        Long id = reportAsEmployee("Pasient fikk feil dose", true);
        service.detail(id); // the reporter
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        service.detail(id);
        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        service.detail(id);
        service.detail(id);

        List<DeviationViews.ReadLogLine> log = service.readLog(id, 0, 50);
        assertThat(log).extracting(DeviationViews.ReadLogLine::who).containsExactly(quality.getFullName(),
                quality.getFullName(), leaderA.getFullName(), employee.getFullName());
        assertThat(log).allSatisfy(l -> assertThat(l.deviationId()).isEqualTo(id));
        // offset 1, limit 2: rows 1 and 2 (a page number would have given rows 2 and 3)
        assertThat(service.readLog(id, 1, 2)).containsExactlyElementsOf(log.subList(1, 3));
        assertThat(service.readLog(id, 3, 2)).containsExactlyElementsOf(log.subList(3, 4));
    }

    @Test
    void a_unit_without_any_leader_up_the_tree_cannot_receive_a_forward() {
        OrgUnit orphanRoot = org.municipality();
        OrgUnit orphan = org.unit("Uten leder", OrgUnitType.UNIT, orphanRoot);
        Long id = reportAsEmployee("Vannlekkasje", false);
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.forward(id, version(id), orphan.getId(), "Til dere"))
                .isInstanceOf(UserFacingException.class).hasMessage("deviations.error.noOneCanAct");
        assertThat(service.detail(id).reportedToUnit()).isEqualTo(unitA1.getName());

        // reported straight to it, it waits for quality with no handler
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        DeviationViews.Receipt receipt = service.report(new DeviationDraft("Lekkasje", "Vann på gulvet",
                LocalDateTime.now().minusMinutes(10), orphan.getId(), null, category, Severity.LOW, null, false));
        assertThat(receipt.leaderName()).isEmpty();
        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        assertThat(service.detail(receipt.id()).handlerName()).isEmpty();
    }

    @Test
    void quality_configures_categories_and_a_deactivated_one_is_no_longer_offered() {
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.addCategory("TEST", "Test")).isInstanceOf(AuthorizationDeniedException.class);

        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        String code = ("K" + System.nanoTime()).substring(0, 12);
        DeviationCategory added = service.addCategory(code.toLowerCase(), "Smittevern");
        assertThat(added.getCode()).isEqualTo(code);
        assertThatThrownBy(() -> service.addCategory(code, "Igjen")).isInstanceOf(UserFacingException.class)
                .hasMessage("deviations.error.codeExists");
        assertThatThrownBy(() -> service.addCategory("ÆØÅ-1", "Feil kode")).isInstanceOf(UserFacingException.class)
                .hasMessage("deviations.error.codeFormat");
        assertThatThrownBy(() -> service.addCategory("OK", "<i>x</i>")).isInstanceOf(UserFacingException.class)
                .hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.renameCategory(added.getId(), "")).isInstanceOf(UserFacingException.class)
                .hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Name is required"));
        service.renameCategory(added.getId(), "Smittevern og hygiene");
        assertThat(service.categories()).extracting(DeviationCategory::getName).contains("Smittevern og hygiene");

        service.setCategoryActive(added.getId(), false);
        assertThat(service.categories()).extracting(DeviationCategory::getId).doesNotContain(added.getId());
        assertThat(service.allCategories()).extracting(DeviationCategory::getId).contains(added.getId());
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.report(new DeviationDraft("Tittel", "B", LocalDateTime.now(), unitA1.getId(),
                null, added.getId(), Severity.LOW, null, false))).isInstanceOf(UserFacingException.class)
                .hasMessage("deviations.error.categoryRequired");
    }
}
