package no.kommune.portal.municipality.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import no.kommune.portal.municipality.LogoFiles;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.municipality.MunicipalityProfileService.Change;
import no.kommune.portal.municipality.MunicipalityProfileService.LogoChange;
import no.kommune.portal.notifications.ui.SettingsView;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.security.ui.LoginView;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's municipality page (issue 12 item 2), and the municipality on the login page and in the header:
 * allowed for the administrator only; every bad input says what is wrong beside its field, keeps what was typed and
 * stores nothing.
 */
class MunicipalityProfileViewTest extends KaribuTest {

    @Autowired MunicipalityProfileService service;

    private Municipality before;

    @BeforeEach
    void aKnownProfile() {
        TestSecurity.runAs("admin-oppsett", Roles.ADMIN);
        before = service.save(new Change("Røros kommune", "5025", "#8a1c1c", LogoChange.REMOVE, null,
                service.current().version()));
        TestSecurity.clear();
    }

    private void openAsAdmin() {
        login("admin-kommune", Roles.ADMIN);
        UI.getCurrent().navigate(MunicipalityProfileView.class);
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withId("municipality-save")));
    }

    private List<String> notifications() {
        MockVaadin.clientRoundtrip(false);
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text")).toList();
    }

    private String headerText() {
        return _get(MunicipalityBrand.class, spec -> spec.withId("header-municipality")).getElement()
                .getTextRecursively();
    }

    @Test
    void admin_changes_name_number_and_colour_and_the_header_follows_at_once() {
        openAsAdmin();
        assertThat(field("municipality-name").getValue()).isEqualTo("Røros kommune");
        assertThat(field("municipality-number").getValue()).isEqualTo("5025");
        assertThat(headerText()).contains("Røros kommune").contains("5025");

        field("municipality-name").setValue("Elverum kommune");
        field("municipality-number").setValue("3420");
        field("municipality-colour").setValue("#1D4F91");
        save();

        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("Kommuneprofilen er lagret"));
        Municipality now = service.current();
        assertThat(now.name()).isEqualTo("Elverum kommune");
        assertThat(now.number()).isEqualTo("3420");
        assertThat(now.accentColour()).isEqualTo("#1d4f91");
        assertThat(headerText()).contains("Elverum kommune").contains("3420");
        assertThat(_get(MunicipalityBrand.class, spec -> spec.withId("header-municipality")).getStyle()
                .get("background-color")).isEqualTo("#1d4f91");
    }

    @Test
    void bad_input_is_explained_beside_its_field_what_was_typed_stays_and_nothing_is_stored() {
        openAsAdmin();
        String[][] cases = {
            {"municipality-name", "", "Kommunens navn må fylles ut"},
            {"municipality-name", "R".repeat(101), "Kommunens navn kan ikke være lengre enn 100 tegn"},
            {"municipality-name", "<script>alert(1)</script>", "Kommunens navn kan ikke inneholde HTML eller skript"},
            {"municipality-number", "502", "Kommunenummeret må være fire siffer"},
            {"municipality-colour", "#ffff00", "må ha minst 4,5:1"},
            {"municipality-colour", "gul", "Skriv fargen som #"},
        };
        for (String[] c : cases) {
            UI.getCurrent().navigate(MunicipalityProfileView.class);
            NotificationsKt.clearNotifications();
            field(c[0]).setValue(c[1]);
            save();
            TextField f = field(c[0]);
            assertThat(f.isInvalid()).as(c[0] + "=" + c[1]).isTrue();
            assertThat(f.getErrorMessage()).as(c[0] + "=" + c[1]).contains(c[2]);
            assertThat(f.getValue()).isEqualTo(c[1]);
            assertThat(notifications()).anySatisfy(t -> assertThat(t).contains(c[2]));
            assertThat(service.current()).isEqualTo(before);
        }
    }

    @Test
    void the_preview_shows_the_contrast_of_the_colour_with_white() {
        openAsAdmin();
        field("municipality-colour").setValue("#ffcc00");
        assertThat(_get(Span.class, spec -> spec.withId("municipality-contrast")).getText())
                .isEqualTo("Kontrast mot hvit tekst: 1,5:1");
        field("municipality-colour").setValue("#1f5e8c");
        assertThat(_get(Span.class, spec -> spec.withId("municipality-contrast")).getText())
                .isEqualTo("Kontrast mot hvit tekst: 6,9:1");
    }

    @Test
    void a_form_left_open_while_someone_else_saved_says_reload_and_keeps_what_was_typed() {
        openAsAdmin();
        TestSecurity.runAs("admin-to", Roles.ADMIN);
        service.save(new Change("Røros kommune", "5025", "#5a3e1b", LogoChange.KEEP, null, before.version()));
        login("admin-kommune", Roles.ADMIN);

        field("municipality-name").setValue("Bergstaden Røros");
        save();

        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("Endret av noen andre"));
        assertThat(field("municipality-name").getValue()).isEqualTo("Bergstaden Røros");
        assertThat(service.current().accentColour()).isEqualTo("#5a3e1b");
    }

    @Test
    void a_png_logo_is_stored_and_shown_with_alt_text_and_an_svg_is_refused() {
        openAsAdmin();
        UploadKt._upload(_get(Upload.class), "logo.svg", "image/svg+xml", LogoFiles.svgWithScript());
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Span.class, spec -> spec.withId("municipality-logo-status")).getText())
                .contains("må være en PNG-fil");
        save();
        assertThat(service.current().hasLogo()).isFalse();

        UploadKt._upload(_get(Upload.class), "roros.png", "image/png", LogoFiles.png(80, 80));
        MockVaadin.clientRoundtrip(false);
        save();

        assertThat(service.current().hasLogo()).isTrue();
        Image logo = _get(_get(MunicipalityBrand.class, spec -> spec.withId("header-municipality")), Image.class,
                spec -> { });
        assertThat(logo.getAlt()).contains("Logo for Røros kommune");

        _click(_get(Button.class, spec -> spec.withId("municipality-logo-remove")));
        save();
        assertThat(service.current().hasLogo()).isFalse();
    }

    @Test
    void a_logo_over_the_size_limit_is_refused_on_the_server() {
        openAsAdmin();
        byte[] big = new byte[300 * 1024];
        byte[] png = LogoFiles.png(10, 10);
        System.arraycopy(png, 0, big, 0, png.length);
        UploadKt._upload(_get(Upload.class), "stor.png", "image/png", big);
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("høyst 200 KB"));
        save();
        assertThat(service.current().hasLogo()).isFalse();
    }

    @Test
    void others_than_the_administrator_are_denied_the_page() {
        for (String role : new String[] {Roles.MANAGEMENT, Roles.LEADER, Roles.QUALITY, Roles.EMPLOYEE}) {
            login("ikke-admin", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(MunicipalityProfileView.class)).as(role)
                    .isInstanceOf(MockAccessDeniedException.class).hasMessageContaining("Access is denied");
            _assertNone(MunicipalityProfileView.class);
        }
    }

    @Test
    void every_signed_in_page_has_the_municipality_in_its_header() {
        login("ansatt-kommune", Roles.EMPLOYEE);
        UI.getCurrent().navigate(SettingsView.class);
        assertThat(headerText()).contains("Røros kommune").contains("Kommunenr. 5025");
    }

    @Test
    void the_login_page_shows_the_municipality() {
        UI.getCurrent().navigate(LoginView.class);
        _assertOne(LoginView.class);
        MunicipalityBrand brand = _get(MunicipalityBrand.class, spec -> spec.withId("login-municipality"));
        assertThat(brand.getElement().getTextRecursively()).contains("Røros kommune").contains("5025");
        assertThat(brand.getStyle().get("background-color")).isEqualTo("#8a1c1c");
        assertThat(brand.getStyle().get("color")).isEqualTo("#ffffff");
    }
}
