package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12 item 2: the administrator sets up the organisation chart. Create, rename, move and lead units under the
 * level rule; loops, closed parents, clashing names and codes and stale dialogs are refused; every change is in
 * the unit's history with who made it. Only administrators may.
 */
class OrgChartServiceTest extends ServiceTest {

    @Autowired OrgChartService service;
    @Autowired OrgFixtures org;

    OrgUnit kommune;

    @BeforeEach
    void municipality() {
        kommune = org.municipality();
        TestSecurity.runAs("admin-kart", Roles.ADMIN);
    }

    private ChartUnit unit(Long id) {
        return service.chart().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(UserFacingException.class).hasMessage(key);
    }

    @Test
    void admin_builds_service_area_unit_and_department_each_under_the_level_above() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long skolene = service.create(oppvekst, OrgUnitType.UNIT, "  Skolene ", "200");
        Long skole = service.create(skolene, OrgUnitType.DEPARTMENT, "Røros skole", null);
        Long stab = service.create(kommune.getId(), OrgUnitType.UNIT, "Stab", null);

        assertThat(unit(oppvekst).parentId()).isEqualTo(kommune.getId());
        assertThat(unit(skolene)).satisfies(u -> {
            assertThat(u.name()).as("stripped").isEqualTo("Skolene");
            assertThat(u.code()).isEqualTo("200");
            assertThat(u.parentId()).isEqualTo(oppvekst);
            assertThat(u.active()).isTrue();
        });
        assertThat(unit(skole).parentId()).isEqualTo(skolene);
        assertThat(unit(stab).parentId()).as("a staff unit directly under the municipality").isEqualTo(kommune.getId());
    }

    @Test
    void a_unit_must_sit_below_a_higher_level() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long skolene = service.create(oppvekst, OrgUnitType.UNIT, "Skolene", null);

        refused(() -> service.create(skolene, OrgUnitType.SERVICE_AREA, "Helse", null),
                "org.chart.error.wrongLevel.SERVICE_AREA");
        refused(() -> service.create(oppvekst, OrgUnitType.SERVICE_AREA, "Helse", null),
                "org.chart.error.wrongLevel.SERVICE_AREA");
        refused(() -> service.create(kommune.getId(), OrgUnitType.MUNICIPALITY, "Ny kommune", null),
                "org.chart.error.wrongLevel.MUNICIPALITY");
        refused(() -> service.create(null, OrgUnitType.UNIT, "Uten plass", null), "org.chart.error.parentRequired");
        refused(() -> service.create(skolene, null, "Uten type", null), "org.chart.error.typeRequired");
    }

    @Test
    void names_and_codes_are_checked_for_empty_too_long_markup_formula_and_clashes() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        service.create(oppvekst, OrgUnitType.UNIT, "Skolene", "200");
        Long id = kommune.getId();

        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, " ", null), "validation.field.required");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "x".repeat(201), null),
                "validation.field.tooLong");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "<b>Helse</b>", null), "validation.field.noMarkup");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "=HYPERLINK(\"x\")", null),
                "validation.field.formula");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "Helse", "@200"), "validation.field.formula");
        assertThatThrownBy(() -> service.create(id, OrgUnitType.SERVICE_AREA, "Helse", "@200"))
                .satisfies(e -> assertThat(UserMessages.english(e)).startsWith("Code cannot start with ="));
        assertThatThrownBy(() -> service.create(id, OrgUnitType.SERVICE_AREA, " ", null))
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo("Navn må fylles ut"));
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "Helse", "1".repeat(41)),
                "validation.field.tooLong");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "oppvekst", null), "org.chart.error.nameTaken");
        refused(() -> service.create(id, OrgUnitType.SERVICE_AREA, "Helse", "200"), "org.chart.error.codeTaken");
    }

    @Test
    void rename_changes_name_and_code_and_a_stale_dialog_is_refused() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        long version = unit(oppvekst).version();

        service.rename(oppvekst, version, "Oppvekst og utdanning", "OPP");

        assertThat(unit(oppvekst).name()).isEqualTo("Oppvekst og utdanning");
        assertThat(unit(oppvekst).code()).isEqualTo("OPP");
        assertThatThrownBy(() -> service.rename(oppvekst, version, "Gammel dialog", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        refused(() -> service.rename(oppvekst, unit(oppvekst).version(), "<script>x</script>", null),
                "validation.field.noMarkup");
        assertThat(unit(oppvekst).name()).isEqualTo("Oppvekst og utdanning");
    }

    @Test
    void move_takes_the_unit_with_everything_below_it_to_another_parent() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long helse = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Helse", null);
        Long ppt = service.create(oppvekst, OrgUnitType.UNIT, "PPT", null);
        Long avdeling = service.create(ppt, OrgUnitType.DEPARTMENT, "Logopedi", null);

        service.move(ppt, unit(ppt).version(), helse);

        assertThat(unit(ppt).parentId()).isEqualTo(helse);
        assertThat(unit(avdeling).parentId()).as("the department goes along").isEqualTo(ppt);
    }

    @Test
    void a_move_under_itself_or_a_unit_below_it_is_a_loop_and_refused() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long skolene = service.create(oppvekst, OrgUnitType.UNIT, "Skolene", null);
        Long skole = service.create(skolene, OrgUnitType.DEPARTMENT, "Røros skole", null);

        refused(() -> service.move(oppvekst, unit(oppvekst).version(), skole), "org.chart.error.cycle");
        refused(() -> service.move(skolene, unit(skolene).version(), skolene), "org.chart.error.cycle");
        refused(() -> service.move(kommune.getId(), unit(kommune.getId()).version(), oppvekst),
                "org.chart.error.municipalityStays");
        assertThat(unit(oppvekst).parentId()).isEqualTo(kommune.getId());
    }

    @Test
    void a_move_under_a_closed_unit_or_into_another_municipality_is_refused() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long nedlagt = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Nedlagt område", null);
        Long skolene = service.create(oppvekst, OrgUnitType.UNIT, "Skolene", null);
        service.close(nedlagt, unit(nedlagt).version(), oppvekst);
        OrgUnit annenKommune = org.municipality();

        refused(() -> service.move(skolene, unit(skolene).version(), nedlagt), "org.chart.error.parentClosed");
        refused(() -> service.move(skolene, unit(skolene).version(), annenKommune.getId()),
                "org.chart.error.otherMunicipality");
        refused(() -> service.create(nedlagt, OrgUnitType.UNIT, "Ny", null), "org.chart.error.parentClosed");
    }

    @Test
    void admin_sets_and_clears_a_leader_but_not_a_deactivated_account() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        UserAccount leder = org.user("oppvekstsjef", Roles.LEADER);
        UserAccount sluttet = org.deactivate(org.user("sluttet", Roles.LEADER));

        service.setLeader(oppvekst, unit(oppvekst).version(), leder.getId());
        assertThat(unit(oppvekst).leaderName()).isEqualTo(leder.getFullName());

        refused(() -> service.setLeader(oppvekst, unit(oppvekst).version(), sluttet.getId()),
                "org.chart.error.leaderInactive");
        service.setLeader(oppvekst, unit(oppvekst).version(), null);
        assertThat(unit(oppvekst).leaderId()).isNull();
    }

    @Test
    void the_history_names_who_renamed_moved_and_led_the_unit_with_names_not_ids() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        Long helse = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Helse", null);
        Long ppt = service.create(oppvekst, OrgUnitType.UNIT, "PPT", null);
        UserAccount leder = org.user("ppt-leder", Roles.LEADER);
        UserAccount admin = org.user("admin-historie", Roles.ADMIN);
        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);

        service.rename(ppt, unit(ppt).version(), "Pedagogisk-psykologisk tjeneste", null);
        service.move(ppt, unit(ppt).version(), helse);
        service.setLeader(ppt, unit(ppt).version(), leder.getId());

        List<OrgChartService.HistoryLine> lines = service.history(ppt);
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst().type()).isEqualTo("ADD");
        assertThat(lines.subList(1, 4)).allSatisfy(l -> assertThat(l.who()).isEqualTo(admin.getFullName()));
        assertThat(lines.get(1).fields()).containsEntry("name", List.of("PPT", "Pedagogisk-psykologisk tjeneste"));
        assertThat(lines.get(2).fields()).containsEntry("parent",
                List.of(unit(oppvekst).name(), unit(helse).name()));
        assertThat(lines.get(3).fields()).containsEntry("leader", List.of("", leder.getFullName()));
    }

    @Test
    void only_administrators_change_the_chart() {
        Long oppvekst = service.create(kommune.getId(), OrgUnitType.SERVICE_AREA, "Oppvekst", null);
        long version = unit(oppvekst).version();
        for (String role : List.of(Roles.MANAGEMENT, Roles.LEADER, Roles.QUALITY, Roles.EMPLOYEE)) {
            TestSecurity.runAs("ikke-admin", role);
            assertThatThrownBy(() -> service.create(oppvekst, OrgUnitType.UNIT, "Skolene", null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.rename(oppvekst, version, "Nytt navn", null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.close(oppvekst, version, kommune.getId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(service::chart).isInstanceOf(AccessDeniedException.class);
        }
        TestSecurity.runAs("admin-kart", Roles.ADMIN);
        assertThat(unit(oppvekst).name()).isEqualTo("Oppvekst");
        assertThat(service.chart().stream().filter(u -> oppvekst.equals(u.parentId()))).isEmpty();
    }
}
