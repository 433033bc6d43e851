package no.kommune.portal.organisation.ui;

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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.organisation.UserAdminService;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends KaribuTest {

    @Autowired OrgFixtures fixtures;
    @Autowired UserAdminService service;

    @Test
    void admin_opens_the_user_list_and_finds_a_user() {
        UserAccount someone = fixtures.user("finnmeg", Roles.EMPLOYEE);
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);

        UserAdminView view = _get(UserAdminView.class);
        _get(TextField.class, spec -> spec.withPlaceholder(view.getTranslation("users.search")))
                .setValue(someone.getUsername());
        assertThat(GridKt._size(view.grid())).isEqualTo(1);
        assertThat(GridKt._get(view.grid(), 0).getUsername()).isEqualTo(someone.getUsername());
    }

    @Test
    void leader_is_denied_the_user_administration() {
        login("leder-test", Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(UserAdminView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(UserAdminView.class);
    }

    @Test
    void admin_creates_a_user_through_the_dialog() {
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));

        String username = OrgFixtures.unique("ny.bruker");
        _get(TextField.class, spec -> spec.withId("user-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("user-fullname")).setValue("Kari Nordmann");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _assertNone(Dialog.class);
        assertThat(service.page(new UserAdminService.Filter(username, null, false),
                no.kommune.portal.base.PageSlice.of(0, 10))).hasSize(1);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_the_dialog_keeps_what_was_typed() {
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));

        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        TextField fullName = _get(TextField.class, spec -> spec.withId("user-fullname"));
        username.setValue("ok.user");
        fullName.setValue("<script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        _assertOne(Dialog.class);
        assertThat(fullName.isInvalid()).isTrue();
        assertThat(fullName.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        assertThat(fullName.getValue()).isEqualTo("<script>alert(1)</script>");

        fullName.setValue("x".repeat(201));
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(fullName.getErrorMessage()).isEqualTo("Kan ikke være lengre enn 200 tegn");

        fullName.setValue("");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(fullName.getErrorMessage()).isEqualTo("Må fylles ut");
        _assertOne(Dialog.class);
    }

    @Test
    void a_short_common_or_too_long_password_is_refused_in_the_field_and_nothing_is_saved() {
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        String username = OrgFixtures.unique("passord");
        _get(TextField.class, spec -> spec.withId("user-username")).setValue(username);
        _get(TextField.class, spec -> spec.withId("user-fullname")).setValue("Per Passord");
        PasswordField password = _get(PasswordField.class);
        Button save = _get(Button.class, spec -> spec.withId("user-save"));

        password.setValue("elleve-tegn");
        _click(save);
        assertThat(password.getErrorMessage()).isEqualTo("Passordet må ha minst 12 tegn");
        password.setValue("1q2w3e4r5t6y");
        _click(save);
        assertThat(password.getErrorMessage()).isEqualTo("Passordet er blant de mest brukte passordene. Velg et annet.");
        password.setValue("ø".repeat(37));
        _click(save);
        assertThat(password.getErrorMessage()).startsWith("Passordet kan ha høyst 72 byte");

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getValue()).as("what was typed is kept").isEqualTo("ø".repeat(37));
        _assertOne(Dialog.class);
        assertThat(service.page(new UserAdminService.Filter(username, null, true),
                no.kommune.portal.base.PageSlice.of(0, 10))).as("nothing saved").isEmpty();

        password.setValue("korrekt hest batteri stift");
        _click(save);
        _assertNone(Dialog.class);
        assertThat(service.page(new UserAdminService.Filter(username, null, true),
                no.kommune.portal.base.PageSlice.of(0, 10))).hasSize(1);
    }
}
