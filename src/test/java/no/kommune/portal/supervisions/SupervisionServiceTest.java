package no.kommune.portal.supervisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.UserFacingException;
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

class SupervisionServiceTest extends ServiceTest {

    @Autowired SupervisionService service;
    @Autowired OrgFixtures org;

    OrgUnit helse;
    OrgUnit skole;
    UserAccount leader;
    String sector;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        helse = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        skole = org.unit("Skole", OrgUnitType.SERVICE_AREA, kommune);
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, helse);
        sector = OrgFixtures.unique("Sektor for helse");
    }

    private SupervisionFilter mine() {
        return new SupervisionFilter(null, sector, null, null, null, null);
    }

    private SupervisionRow create(String subject, String deadline, OrgUnit unit) {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        return service.create(SupervisionDraft.of(2025, sector, "Statsforvalteren i Innlandet", subject,
                "Nasjonalt tilsyn av barn i fosterhjem", deadline, "Plan for lukking sendt").withUnit(unit.getId()));
    }

    @Test
    void nothing_new_lands_in_a_closed_unit_but_a_supervision_already_there_can_still_be_edited() {
        SupervisionRow there = create("Helsestasjonen", "16.06.2025", helse);
        org.closeUnit(helse);

        assertThatThrownBy(() -> create("Jordmortjenesten", "2026", helse)).isInstanceOf(UserFacingException.class)
                .hasMessage("error.unitClosed");
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        SupervisionRow edited = service.update(there.id(), there.version(), SupervisionDraft.of(2025, sector,
                "Statsforvalteren i Innlandet", "Helsestasjonen", "Nasjonalt tilsyn", "30.06.2025", "Plan")
                .withUnit(helse.getId()));
        assertThat(edited.deadlineDisplay()).as("edited, keeping the closed unit it already has").isEqualTo("30.06.2025");
    }

    @Test
    void quality_registers_and_the_deadline_is_kept_verbatim_with_a_date_when_it_is_one() {
        SupervisionRow date = create("Barneverntjenesten", "16.06.2025", helse);
        SupervisionRow year = create("Institusjonstjenesten", "2026", helse);
        SupervisionRow month = create("Hernes skole", "Oktober 2025", skole);
        SupervisionRow text = create("Legevakt", "Besvart innen fristen.", helse);

        assertThat(date.deadline()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(date.deadlineDisplay()).isEqualTo("16.06.2025");
        assertThat(year.deadline()).isNull();
        assertThat(year.deadlineDisplay()).isEqualTo("2026");
        assertThat(month.deadline()).isNull();
        assertThat(month.deadlineText()).isEqualTo("Oktober 2025");
        assertThat(text.deadlineText()).isEqualTo("Besvart innen fristen.");
        assertThat(date.status()).isEqualTo(SupervisionStatus.OPEN);
        assertThat(service.count(mine())).isEqualTo(4);
        assertThat(service.detail(date.id()).history()).extracting(SupervisionService.HistoryLine::kind)
                .containsExactly(SupervisionEvent.Kind.CREATED);
    }

    @Test
    void status_changes_are_history_rows_and_closing_needs_a_comment() {
        SupervisionRow row = create("Rus og psykisk helse", "22.08.2025", helse);
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        SupervisionRow followUp = service.changeStatus(row.id(), row.version(), SupervisionStatus.FOLLOW_UP,
                "Dialogmøte avtalt");
        assertThatThrownBy(() -> service.changeStatus(row.id(), followUp.version(), SupervisionStatus.CLOSED, " "))
                .isInstanceOf(UserFacingException.class).hasMessage("supervisions.error.closeNeedsComment");
        SupervisionRow closed = service.changeStatus(row.id(), followUp.version(), SupervisionStatus.CLOSED,
                "Tilsyn lukket uten videre oppfølging 01.09.2025");

        assertThat(closed.status()).isEqualTo(SupervisionStatus.CLOSED);
        List<SupervisionService.HistoryLine> history = service.detail(row.id()).history();
        assertThat(history).extracting(SupervisionService.HistoryLine::kind).containsExactly(
                SupervisionEvent.Kind.CREATED, SupervisionEvent.Kind.STATUS_CHANGE, SupervisionEvent.Kind.STATUS_CHANGE);
        SupervisionService.HistoryLine last = history.getLast();
        assertThat(last.who()).isEqualTo("direktor-test");
        assertThat(last.fromStatus()).isEqualTo(SupervisionStatus.FOLLOW_UP);
        assertThat(last.toStatus()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(last.comment()).isEqualTo("Tilsyn lukket uten videre oppfølging 01.09.2025");
        assertThat(service.page(mine().withStatus(SupervisionStatus.CLOSED), PageSlice.first(10)))
                .extracting(SupervisionRow::id).containsExactly(row.id());
    }

    @Test
    void leader_sees_and_updates_measures_only_for_own_units() {
        SupervisionRow own = create("Institusjonstjenesten", "16.06.2025", helse);
        SupervisionRow other = create("Hernes skole", "Oktober 2025", skole);

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(service.page(mine(), PageSlice.first(50))).extracting(SupervisionRow::id)
                .containsExactly(own.id());
        assertThat(service.count(mine())).isEqualTo(1);
        SupervisionRow mineRow = service.detail(own.id()).row();
        assertThat(mineRow.mayUpdateMeasures()).isTrue();
        assertThat(mineRow.mayEdit()).isFalse();
        SupervisionRow updated = service.updateMeasures(own.id(), mineRow.version(), "Nye rutiner innført", "Sendt");
        assertThat(updated.measures()).isEqualTo("Nye rutiner innført");
        assertThat(service.detail(own.id()).history().getLast().kind())
                .isEqualTo(SupervisionEvent.Kind.MEASURES_UPDATE);

        assertThatThrownBy(() -> service.detail(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.updateMeasures(other.id(), other.version(), "Ikke mitt", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(own.id(), updated.version(), SupervisionStatus.CLOSED, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "X", null, null, null)))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThat(service.detail(other.id()).row().measures()).isEqualTo("Plan for lukking sendt");
    }

    @Test
    void politicians_read_everything_but_cannot_change_and_admin_and_employees_cannot_read() {
        SupervisionRow row = create("Barneverntjenesten", "2026", skole);
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThat(service.page(mine(), PageSlice.first(10))).extracting(SupervisionRow::id).containsExactly(row.id());
        assertThatThrownBy(() -> service.updateMeasures(row.id(), row.version(), "x", null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> service.changeStatus(row.id(), row.version(), SupervisionStatus.CLOSED, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestSecurity.runAs("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.page(mine(), PageSlice.first(10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> service.detail(row.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void bad_input_gives_a_clear_message_and_saves_nothing() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "  ", null, null, null)))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Service/supervision area is required"));
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "x".repeat(501), null, null,
                null))).hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "Tilsyn",
                "<script>alert(1)</script>", null, null))).hasMessage("validation.field.noMarkup")
                .satisfies(e -> assertThat(UserMessages.bokmal(e))
                        .isEqualTo("Avvik/pålegg kan ikke inneholde HTML eller skript"));
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "Tilsyn", null, null,
                "<img src=x onerror=alert(1)>"))).hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2025, sector, null, "Tilsyn", null, null, null)
                .withOpenedOn(LocalDate.now().plusDays(30)))).hasMessage("supervisions.error.openedInFuture");
        assertThatThrownBy(() -> service.create(SupervisionDraft.of(2125, sector, null, "Tilsyn", null, null, null)))
                .hasMessage("supervisions.error.year");
        assertThat(service.count(mine())).isZero();

        SupervisionRow ok = service.create(SupervisionDraft.of(2025, sector, null, "Tilsyn", null,
                "22.12.2026", "x").withOpenedOn(LocalDate.now()));
        assertThat(ok.deadline()).as("a future deadline is allowed").isEqualTo(LocalDate.of(2026, 12, 22));
        assertThatThrownBy(() -> service.updateMeasures(ok.id(), ok.version(), "a".repeat(10_001), null))
                .hasMessage("validation.field.tooLong");
        assertThat(service.detail(ok.id()).row().measures()).isEqualTo("x");
    }

    @Test
    void import_is_idempotent_by_record_id() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        String key = OrgFixtures.unique("ELV25-TS");
        SupervisionDraft draft = SupervisionDraft.of(2025, sector, "Sivilforsvaret", "Tilfluktsrom", "Avvik",
                "For begge stedene: 22.12.2026", "Oppfølging pågår.");
        assertThat(service.importRecord(key, draft)).isTrue();
        assertThat(service.importRecord(key, draft)).isFalse();
        assertThat(service.count(mine())).isEqualTo(1);
        SupervisionRow row = service.page(mine(), PageSlice.first(5)).getFirst();
        assertThat(row.sourceKey()).isEqualTo(key);
        assertThat(row.deadlineText()).isEqualTo("For begge stedene: 22.12.2026");
        assertThat(row.deadline()).isNull();
    }

    @Test
    void stale_version_is_refused() {
        SupervisionRow row = create("Legevakt", null, helse);
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        service.updateMeasures(row.id(), row.version(), "Første", null);
        assertThatThrownBy(() -> service.updateMeasures(row.id(), row.version(), "Andre", null))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(service.detail(row.id()).row().measures()).isEqualTo("Første");
    }

    @Test
    void dates_are_parsed_strictly() {
        assertThat(SupervisionService.parseDeadline("16.06.2025")).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(SupervisionService.parseDeadline("31.04.2025")).isNull();
        assertThat(SupervisionService.parseDeadline("Besvart 24.06.24.")).isNull();
        assertThat(SupervisionService.parseDate("22.03.24")).contains(LocalDate.of(2024, 3, 22));
    }
}
