package no.kommune.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.ReceiverGroupService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The receivers' own page, and the administrators' user dialog that no longer offers the receiver role. */
class ReceiverGroupViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired UserDirectory directory;

    @Test
    void receiver_adds_a_colleague_to_the_group_with_a_new_password() {
        UserAccount receiver = org.user("mottaker", Roles.WHISTLEBLOWING_RECEIVER);
        UserAccount colleague = org.user("kollega", Roles.EMPLOYEE);
        login(receiver.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);
        UI.getCurrent().navigate(ReceiverGroupView.class);
        ReceiverGroupView view = _get(ReceiverGroupView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(ReceiverGroupService.Member::id).contains(receiver.getId());

        view.candidate.setValue(new ReceiverGroupService.Candidate(colleague.getId(), colleague.getUsername(),
                colleague.getFullName()));
        view.password.setValue("kort");
        _click(view.add);
        assertThat(directory.findLogin(colleague.getUsername()).orElseThrow().roles())
                .as("too short a password: nothing changes").doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);

        view.password.setValue("et-langt-passord-fra-mottaker");
        _click(view.add);
        assertThat(directory.findLogin(colleague.getUsername()).orElseThrow().roles())
                .contains(Roles.WHISTLEBLOWING_RECEIVER);
        assertThat(GridKt._findAll(view.grid)).extracting(ReceiverGroupService.Member::id).contains(colleague.getId());
    }

    @Test
    void administrator_is_denied_the_receivers_page() {
        login("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReceiverGroupView.class))
                .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(ReceiverGroupView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_user_dialog_offers_no_receiver_role_and_no_password_for_a_receiver() {
        UserAccount receiver = org.user("mottaker", Roles.WHISTLEBLOWING_RECEIVER, Roles.EMPLOYEE);
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        assertThat(roles.getItemEnabledProvider().test(Roles.WHISTLEBLOWING_RECEIVER)).isFalse();
        assertThat(roles.getItemEnabledProvider().test(Roles.EMPLOYEE)).isTrue();
        _get(Dialog.class).close();

        UserAdminView view = _get(UserAdminView.class);
        _get(TextField.class, spec -> spec.withPlaceholder(view.getTranslation("users.search")))
                .setValue(receiver.getUsername());
        GridKt._clickItem(view.grid(), 0);
        _get(CheckboxGroup.class, spec -> spec.withId("user-roles")); // the receiver's dialog is open
        _assertNone(PasswordField.class, spec -> spec.withId("user-password")); // Karibu sees visible ones only
        assertThat(_get(TextField.class, spec -> spec.withId("user-username")).isReadOnly()).isTrue();
        assertThat(directory.findLogin(receiver.getUsername()).orElseThrow().roles())
                .isEqualTo(Set.of(Roles.WHISTLEBLOWING_RECEIVER, Roles.EMPLOYEE));
    }
}
