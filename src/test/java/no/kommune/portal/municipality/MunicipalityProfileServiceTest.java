package no.kommune.portal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.municipality.MunicipalityProfileService.Change;
import no.kommune.portal.municipality.MunicipalityProfileService.LogoChange;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The municipality profile against the database: the administrator changes it, everybody (also before login) reads
 * it, a refused change leaves the stored profile as it was, and a stale form cannot overwrite a newer save.
 */
class MunicipalityProfileServiceTest extends ServiceTest {

    @Autowired MunicipalityProfileService service;
    @Autowired MunicipalityProfileRepository repository;
    @Autowired TransactionTemplate tx;

    private Municipality saveAsAdmin(String name, String number, String colour, LogoChange logo, byte[] png) {
        TestSecurity.runAs("admin-kommune", Roles.ADMIN);
        return service.save(new Change(name, number, colour, logo, png, service.current().version()));
    }

    @Test
    void administrator_saves_the_profile_and_everyone_reads_it() {
        Municipality saved = saveAsAdmin("Røros kommune", "5025", "#8A1C1C", LogoChange.REMOVE, null);

        assertThat(saved.name()).isEqualTo("Røros kommune");
        assertThat(saved.number()).isEqualTo("5025");
        assertThat(saved.accentColour()).isEqualTo("#8a1c1c");
        assertThat(saved.hasLogo()).isFalse();
        assertThat(saved.saved()).isTrue();
        TestSecurity.runAs("ansatt-kommune", Roles.EMPLOYEE);
        assertThat(service.current()).isEqualTo(saved);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(service.current().name()).isEqualTo("Røros kommune");
        assertThat(service.logo()).isEmpty();
    }

    @Test
    void a_logo_is_stored_as_the_png_the_portal_wrote_and_can_be_removed() {
        Municipality withLogo = saveAsAdmin("Elverum kommune", "3420", null, LogoChange.REPLACE, LogoFiles.png(64, 64));
        assertThat(withLogo.hasLogo()).isTrue();
        assertThat(service.logo()).get().satisfies(png -> assertThat(png).startsWith(0x89, 'P', 'N', 'G'));

        Municipality kept = saveAsAdmin("Elverum kommune", "3420", "#1d4f91", LogoChange.KEEP, null);
        assertThat(kept.hasLogo()).isTrue();
        assertThat(kept.version()).isGreaterThan(withLogo.version());

        assertThat(saveAsAdmin("Elverum kommune", "3420", null, LogoChange.REMOVE, null).hasLogo()).isFalse();
        assertThat(service.logo()).isEmpty();
    }

    @Test
    void others_than_the_administrator_are_denied_saving() {
        saveAsAdmin("Røros kommune", "5025", null, LogoChange.KEEP, null);
        Long version = service.current().version();
        for (String role : new String[] {Roles.MANAGEMENT, Roles.LEADER, Roles.POLITICIAN, Roles.QUALITY,
                Roles.EMPLOYEE, Roles.WHISTLEBLOWING_RECEIVER}) {
            TestSecurity.runAs("not-admin", role);
            assertThatThrownBy(() -> service.save(new Change("Hackerby", "6666", null, LogoChange.KEEP, null, version)))
                    .as(role).isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(service.current().name()).isEqualTo("Røros kommune");
    }

    @Test
    void bad_input_is_refused_with_its_reason_and_the_stored_profile_stays_as_it_was() {
        Municipality before = saveAsAdmin("Røros kommune", "5025", "#8a1c1c", LogoChange.REPLACE, LogoFiles.png(8, 8));
        Long v = before.version();
        String[][] cases = {
            {"", "5025", null, "validation.field.required"},
            {"x".repeat(101), "5025", null, "validation.field.tooLong"},
            {"<script>alert('x')</script>", "5025", null, "validation.field.noMarkup"},
            {"Røros kommune", "502", null, "municipality.error.number"},
            {"Røros kommune", "50 25", null, "municipality.error.number"},
            {"Røros kommune", "5025", "#ffff00", "municipality.error.colourContrast"},
            {"Røros kommune", "5025", "yellow", "municipality.error.colourFormat"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> service.save(new Change(c[0], c[1], c[2], LogoChange.REMOVE, null, v)))
                    .as(c[3]).isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).getMessageKey()).isEqualTo(c[3]));
        }
        assertThatThrownBy(() -> service.save(new Change("Ny", "5025", null, LogoChange.REPLACE,
                LogoFiles.svgWithScript(), v))).isInstanceOf(UserFacingException.class);
        assertThat(service.current()).isEqualTo(before);
        assertThat(service.logo()).isPresent();
    }

    @Test
    void a_form_loaded_before_someone_else_saved_cannot_overwrite_it() {
        Municipality loaded = saveAsAdmin("Røros kommune", "5025", null, LogoChange.KEEP, null);
        saveAsAdmin("Røros kommune", "5025", "#8a1c1c", LogoChange.KEEP, null);

        assertThatThrownBy(() -> service.save(new Change("Røros", "5025", null, LogoChange.KEEP, null,
                loaded.version()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.save(new Change("Røros", "5025", null, LogoChange.KEEP, null, null)))
                .as("a form that showed the defaults, though a profile was saved meanwhile")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.current().accentColour()).isEqualTo("#8a1c1c");
    }

    @Test
    void before_the_first_save_the_configured_defaults_are_shown() {
        // application-test.properties: portal.municipality.name=Prøvekommune, .number=9999
        Municipality shown = tx.execute(status -> {
            repository.deleteAll();
            repository.flush();
            status.setRollbackOnly();
            return service.current();
        });
        assertThat(shown).isEqualTo(new Municipality("Prøvekommune", "9999", null, false, null));
        assertThat(shown.saved()).isFalse();
    }

    @Test
    void configured_defaults_that_break_the_rules_are_left_out() {
        Municipality defaults = new MunicipalityProfileService(repository, " Testby kommune ", "12", "#ffff00")
                .defaults();
        assertThat(defaults).isEqualTo(new Municipality("Testby kommune", null, null, false, null));
        assertThat(new MunicipalityProfileService(repository, "", "", "").defaults().named()).isFalse();
    }
}
