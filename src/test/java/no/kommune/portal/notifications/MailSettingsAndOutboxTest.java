package no.kommune.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** With mail switched off (the demo run) nothing is sent, but administrators can read what would have been. */
class MailSettingsAndOutboxTest extends ServiceTest {

    @Autowired MailDispatcher dispatcher;
    @Autowired Notifier notifier;
    @Autowired NotificationService service;
    @Autowired OrgFixtures org;

    @Test
    void with_mail_off_the_outbox_shows_what_would_have_been_sent() {
        UserAccount leader = org.withEmail(org.user("leder", Roles.LEADER), "leder@kommune.example");
        UserAccount noAddress = org.user("utenadresse", Roles.LEADER);
        notifier.send(new Notice(leader.getUsername(), "X", "off-1", "notifications.none", List.of(), null));
        notifier.send(new Notice(noAddress.getUsername(), "X", "off-2", "notifications.none", List.of(), null));

        dispatcher.sendImmediate();

        TestSecurity.runAs("admin", Roles.ADMIN);
        List<MailOutboxEntry> outbox = service.outbox(0, 200);
        assertThat(outbox).filteredOn(m -> m.getRecipient().equals(leader.getUsername()))
                .singleElement().satisfies(m -> {
                    assertThat(m.getStatus()).isEqualTo(MailOutboxEntry.Status.NOT_SENT_MAIL_OFF);
                    assertThat(m.getAddress()).isEqualTo("leder@kommune.example");
                    assertThat(m.getBody()).contains("Du har ingen varsler.");
                });
        assertThat(outbox).filteredOn(m -> m.getRecipient().equals(noAddress.getUsername()))
                .extracting(MailOutboxEntry::getStatus).containsExactly(MailOutboxEntry.Status.NO_ADDRESS);
    }

    @Test
    void only_administrators_read_the_outbox() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.outbox(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void each_user_sets_her_own_mail_mode_and_must_choose_one() {
        UserAccount user = org.user("ansatt", Roles.EMPLOYEE);
        TestSecurity.runAs(user.getUsername(), Roles.EMPLOYEE);
        assertThat(service.myMailMode()).isEqualTo(MailMode.IMMEDIATE);
        service.setMyMailMode(MailMode.DAILY_DIGEST);
        assertThat(service.myMailMode()).isEqualTo(MailMode.DAILY_DIGEST);
        assertThatThrownBy(() -> service.setMyMailMode(null)).isInstanceOf(UserFacingException.class)
                .hasMessage("notifications.error.modeRequired");
        assertThat(service.myMailMode()).isEqualTo(MailMode.DAILY_DIGEST);

        TestSecurity.clear();
        assertThatThrownBy(() -> service.setMyMailMode(MailMode.NONE)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void mark_all_read_clears_the_count_for_me_only() {
        UserAccount me = org.user("meg", Roles.LEADER);
        UserAccount other = org.user("annen", Roles.LEADER);
        notifier.send(new Notice(me.getUsername(), "X", "r-1", "notifications.none", List.of(), null));
        notifier.send(new Notice(other.getUsername(), "X", "r-2", "notifications.none", List.of(), null));
        TestSecurity.runAs(me.getUsername(), Roles.LEADER);
        assertThat(service.unreadCount()).isEqualTo(1);
        assertThat(service.markAllRead()).isEqualTo(1);
        assertThat(service.unreadCount()).isZero();
        TestSecurity.runAs(other.getUsername(), Roles.LEADER);
        assertThat(service.unreadCount()).isEqualTo(1);
    }
}
