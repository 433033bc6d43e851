package no.kommune.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Reminder mails through a real (in-process) SMTP server: single mails, digests, no mail, no duplicates. */
@TestPropertySource(properties = {"portal.mail.enabled=true", "spring.mail.host=127.0.0.1",
        "portal.base-url=https://portal.example.kommune.no"})
class MailDispatcherTest extends ServiceTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired MailDispatcher dispatcher;
    @Autowired Notifier notifier;
    @Autowired NotificationService service;
    @Autowired OrgFixtures org;

    private UserAccount userWithMail(MailMode mode) {
        UserAccount user = org.user("mottaker", Roles.LEADER);
        org.withEmail(user, user.getUsername() + "@kommune.example");
        if (mode != MailMode.IMMEDIATE) {
            TestSecurity.runAs(user.getUsername(), Roles.LEADER);
            service.setMyMailMode(mode);
            TestSecurity.clear();
        }
        return user;
    }

    private void notice(UserAccount to, String key, String title) {
        notifier.send(new Notice(to.getUsername(), "MANDATE_SENT_BACK", key, "decisions.notice.sentBack",
                List.of(title, "Mangler beskrivelse av tiltak"), DecisionLinks.mandate(42)));
    }

    private List<MimeMessage> mailsTo(UserAccount user) {
        String address = user.getUsername() + "@kommune.example";
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void each_notification_is_mailed_once_even_when_the_job_runs_twice() throws Exception {
        UserAccount leader = userWithMail(MailMode.IMMEDIATE);
        notice(leader, "sent-back-1", "Trafikksikkerhetsplan");
        notice(leader, "sent-back-2", "Skolebruksplan");

        dispatcher.sendImmediate();
        dispatcher.sendImmediate();

        List<MimeMessage> mails = mailsTo(leader);
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Oppfølgingsportalen: Oppdraget «Trafikksikkerhetsplan» ble sendt tilbake: Mangler beskrivelse av tiltak",
                "Oppfølgingsportalen: Oppdraget «Skolebruksplan» ble sendt tilbake: Mangler beskrivelse av tiltak");
        assertThat(GreenMailUtil.getBody(mails.getFirst()))
                .contains("https://portal.example.kommune.no/oppfolging/oppdrag/42");
    }

    @Test
    void two_nodes_running_at_the_same_moment_send_each_mail_once() throws Exception {
        UserAccount leader = userWithMail(MailMode.IMMEDIATE);
        for (int i = 0; i < 5; i++) {
            notice(leader, "parallel-" + i, "Oppdrag " + i);
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> node = dispatcher::sendImmediate;
            var a = pool.submit(node);
            var b = pool.submit(node);
            a.get();
            b.get();
        }
        assertThat(mailsTo(leader)).hasSize(5);
    }

    @Test
    void a_digest_user_gets_one_mail_a_day_with_everything_and_nothing_in_between() throws Exception {
        UserAccount leader = userWithMail(MailMode.DAILY_DIGEST);
        notice(leader, "digest-1", "Boligsosial handlingsplan");
        notice(leader, "digest-2", "Kulturminneplan");

        dispatcher.sendImmediate();
        assertThat(mailsTo(leader)).isEmpty();

        dispatcher.sendDigests();
        dispatcher.sendDigests();
        List<MimeMessage> mails = mailsTo(leader);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Oppfølgingsportalen: 2 nye varsler");
        assertThat(GreenMailUtil.getBody(mails.getFirst())).contains("Boligsosial handlingsplan", "Kulturminneplan");
    }

    @Test
    void a_user_who_wants_no_mail_gets_none_but_keeps_the_notification_in_the_portal() {
        UserAccount leader = userWithMail(MailMode.NONE);
        notice(leader, "none-1", "Vegnormal");

        dispatcher.sendImmediate();
        dispatcher.sendDigests();

        assertThat(mailsTo(leader)).isEmpty();
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(service.unreadCount()).isEqualTo(1);
    }
}
