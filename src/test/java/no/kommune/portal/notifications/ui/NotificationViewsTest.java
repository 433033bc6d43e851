package no.kommune.portal.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.notifications.MailMode;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.ui.LoginView;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationViewsTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired Notifier notifier;
    @Autowired NotificationService service;

    private UserAccount leaderWithTwoNotices() {
        UserAccount leader = org.user("leder", Roles.LEADER);
        for (String title : List.of("Skolebruksplan", "Kulturminneplan")) {
            notifier.send(new Notice(leader.getUsername(), "MANDATE_SENT_BACK", "ui-" + title + leader.getUsername(),
                    "decisions.notice.sentBack", List.of(title, "Mer tekst"), DecisionLinks.followUp()));
        }
        return leader;
    }

    @Test
    void the_bell_shows_my_unread_count_and_the_list_marks_all_read() {
        UserAccount leader = leaderWithTwoNotices();
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(NotificationsView.class);

        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("2");
        @SuppressWarnings("unchecked")
        Grid<no.kommune.portal.notifications.Notification> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        // the message column is a renderer: its text is the translated notice, its link the notice's own
        var first = GridKt._get(grid, 0);
        var message = (com.vaadin.flow.data.renderer.LitRenderer<no.kommune.portal.notifications.Notification>)
                grid.getColumns().get(1).getRenderer();
        assertThat(com.github.mvysny.kaributesting.v10.RenderersKt._getPresentationValue(message, first))
                .contains("Mer tekst");
        assertThat(message.getValueProviders().get("href").apply(first)).isEqualTo(DecisionLinks.followUp().href());

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        UI.getCurrent().navigate(NotificationsView.class);
        _assertNone(Span.class, spec -> spec.withId("notification-count"));
    }

    @Test
    void settings_save_my_mail_mode() {
        UserAccount employee = org.user("ansatt", Roles.EMPLOYEE);
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(SettingsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MailMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("mail-mode"));
        assertThat(mode.getValue()).isEqualTo(MailMode.IMMEDIATE);
        mode.setValue(MailMode.DAILY_DIGEST);
        _click(_get(Button.class, spec -> spec.withId("save-settings")));
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThat(service.myMailMode()).isEqualTo(MailMode.DAILY_DIGEST);
    }

    @Test
    void administrators_open_the_outbox_and_others_do_not() {
        login("admin-test", Roles.ADMIN);
        UI.getCurrent().navigate(MailOutboxView.class);
        _assertOne(MailOutboxView.class);

        login("leder-test", Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(MailOutboxView.class))
                .isInstanceOf(MockAccessDeniedException.class).hasMessageContaining("Access is denied");
    }

    @Test
    void anonymous_visitors_get_the_login_page() {
        UI.getCurrent().navigate(NotificationsView.class);
        _assertNone(NotificationsView.class);
        _assertOne(LoginView.class);
    }
}
