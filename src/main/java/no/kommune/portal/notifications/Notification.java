package no.kommune.portal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** One notice to one user. Read/e-mailed state is kept; rows are never deleted. */
@Entity
@Audited
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @Column(name = "recipient", nullable = false, length = 100)
    private String recipient;

    @Column(name = "event_type", nullable = false, length = 60)
    private String eventType;

    @Column(name = "dedupe_key", nullable = false, length = 200)
    private String dedupeKey;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    /** Arguments joined with the unit separator (U+001F), which never occurs in user text. */
    @Column(name = "message_args", length = 2000)
    private String messageArgs;

    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    /** Token of the mail run that claimed this notification (see MailDispatcher). */
    @Column(name = "mail_claim", length = 36)
    private String mailClaim;

    protected Notification() {
    }

    Notification(Notice notice) {
        this.recipient = notice.recipientUsername();
        this.eventType = notice.eventType();
        this.dedupeKey = notice.dedupeKey();
        this.messageKey = notice.messageKey();
        this.messageArgs = String.join("\u001f", notice.messageArgs());
        this.link = notice.link() == null ? null : notice.link().href();
    }

    public String getRecipient() {
        return recipient;
    }

    public String getEventType() {
        return eventType;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getMessageArgs() {
        return messageArgs == null || messageArgs.isEmpty() ? new Object[0] : messageArgs.split("\u001f", -1);
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant when) {
        this.readAt = when;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    void markEmailed(Instant when) {
        this.emailedAt = when;
    }
}
