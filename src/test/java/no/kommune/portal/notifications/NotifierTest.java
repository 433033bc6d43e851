package no.kommune.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotifierTest extends ServiceTest {

    @Autowired Notifier notifier;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures fixtures;

    @Test
    void the_same_notice_is_stored_once_and_counted_as_unread() {
        UserAccount leader = fixtures.user("leder", Roles.LEADER);
        Notice notice = new Notice(leader.getUsername(), "MANDATE_DEADLINE_7", "mandate-1-deadline-7",
                "download.ready", List.of("x.pdf"), NotificationLinks.all());

        assertThat(notifier.send(notice)).isTrue();
        assertThat(notifier.send(notice)).isFalse();

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        Notification stored = notifications.latest(10).getFirst();
        assertThat(stored.getMessageArgs()).containsExactly("x.pdf");
        notifications.markRead(stored.getId());
        assertThat(notifications.unreadCount()).isZero();
    }
}
