package no.kommune.portal.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.kommune.portal.organisation.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns in-app notifications into e-mail: single mails every minute for users who want them, one digest
 * a day for users who prefer that. Idempotent across runs and nodes: a run first claims a user's pending
 * notifications with one conditional UPDATE and then mails only what it claimed.
 *
 * <p>With {@code portal.mail.enabled=false} (the default, and the demo run) nothing leaves the machine,
 * but every mail is written to the outbox with status {@code NOT_SENT_MAIL_OFF}, so an administrator can
 * read what would have been sent.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int RECIPIENTS_PER_RUN = 500;

    private final JdbcTemplate jdbc;
    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final UserDirectory users;
    private final MailTexts texts;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private final boolean scheduled;
    private final String from;

    MailDispatcher(JdbcTemplate jdbc, NotificationRepository notifications, MailOutboxRepository outbox,
            UserDirectory users, MailTexts texts, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, Clock clock,
            @Value("${portal.mail.enabled:false}") boolean enabled,
            @Value("${portal.mail.scheduled:true}") boolean scheduled,
            @Value("${portal.mail.from:oppfolgingsportal@kommune.invalid}") String from) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.outbox = outbox;
        this.users = users;
        this.texts = texts;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = enabled;
        this.scheduled = scheduled;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${portal.mail.immediate-delay:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "mail-immediate", lockAtMostFor = "PT10M")
    public void scheduledImmediate() {
        if (scheduled) {
            sendImmediate();
        }
    }

    @Scheduled(cron = "${portal.mail.digest-cron:0 0 7 * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "mail-digest", lockAtMostFor = "PT30M")
    public void scheduledDigest() {
        if (scheduled) {
            sendDigests();
        }
    }

    /** One mail per pending notification of users with {@link MailMode#IMMEDIATE}; returns mails handled. */
    public int sendImmediate() {
        skipUsersWithoutMail();
        int handled = 0;
        for (String recipient : pendingRecipients(MailMode.IMMEDIATE)) {
            for (Notification n : claim(recipient)) {
                deliver(recipient, texts.subject(n), texts.single(n), MailOutboxEntry.Kind.SINGLE);
                handled++;
            }
        }
        return handled;
    }

    /** One digest per user with {@link MailMode#DAILY_DIGEST} and anything pending; returns digests handled. */
    public int sendDigests() {
        int handled = 0;
        for (String recipient : pendingRecipients(MailMode.DAILY_DIGEST)) {
            List<Notification> claimed = claim(recipient);
            if (!claimed.isEmpty()) {
                deliver(recipient, texts.digestSubject(claimed.size()), texts.digest(claimed),
                        MailOutboxEntry.Kind.DIGEST);
                handled++;
            }
        }
        return handled;
    }

    private List<String> pendingRecipients(MailMode mode) {
        return jdbc.queryForList("SELECT DISTINCT n.recipient FROM notification n"
                + " LEFT JOIN notification_setting s ON s.username = n.recipient"
                + " WHERE n.emailed_at IS NULL AND COALESCE(s.mail_mode, 'IMMEDIATE') = ?"
                + " LIMIT " + RECIPIENTS_PER_RUN, String.class, mode.name());
    }

    /** Users who want no mail: their notifications are marked handled so they never pile up as pending. */
    private void skipUsersWithoutMail() {
        jdbc.update("UPDATE notification n JOIN notification_setting s ON s.username = n.recipient"
                + " SET n.emailed_at = ?, n.mail_claim = 'none' WHERE n.emailed_at IS NULL AND s.mail_mode = 'NONE'",
                java.sql.Timestamp.from(Instant.now(clock)));
    }

    private List<Notification> claim(String recipient) {
        String token = UUID.randomUUID().toString();
        int claimed = jdbc.update("UPDATE notification SET mail_claim = ?, emailed_at = ?"
                + " WHERE recipient = ? AND emailed_at IS NULL", token, java.sql.Timestamp.from(Instant.now(clock)),
                recipient);
        return claimed == 0 ? List.of() : notifications.findByMailClaimOrderById(token);
    }

    private void deliver(String recipient, String subject, String body, MailOutboxEntry.Kind kind) {
        var address = users.mailAddressOf(recipient);
        MailOutboxEntry.Status status;
        String error = null;
        if (address.isEmpty()) {
            status = MailOutboxEntry.Status.NO_ADDRESS;
        } else if (!enabled || mailSender.getIfAvailable() == null) {
            status = MailOutboxEntry.Status.NOT_SENT_MAIL_OFF;
        } else {
            try {
                SimpleMailMessage mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(address.get().email());
                mail.setSubject(subject);
                mail.setText(body);
                mailSender.getObject().send(mail);
                status = MailOutboxEntry.Status.SENT;
            } catch (MailException e) {
                // Not retried automatically: a half-delivered mail retried would arrive twice. The outbox shows it.
                log.warn("Mail to {} failed: {}", recipient, e.getMessage());
                status = MailOutboxEntry.Status.FAILED;
                error = e.getMessage();
            }
        }
        MailOutboxEntry entry = new MailOutboxEntry(recipient, address.map(UserDirectory.MailAddress::email).orElse(null),
                subject, body, kind, status, error);
        transactions.executeWithoutResult(tx -> outbox.save(entry));
        log.debug("Mail {} to {}: {}", kind, recipient, status);
    }
}
