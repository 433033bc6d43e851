package no.kommune.portal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;

/**
 * One mail the portal sent or would have sent. Not audited: rows are written once and never changed,
 * they are themselves the history.
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry extends AbstractEntity {

    public enum Kind { SINGLE, DIGEST }

    public enum Status {
        SENT,
        /** Mail is switched off (the demo run): recorded so administrators can see what would have gone out. */
        NOT_SENT_MAIL_OFF,
        /** The user has no e-mail address or is inactive. */
        NO_ADDRESS,
        FAILED
    }

    @Column(name = "recipient", nullable = false, length = 100, updatable = false)
    private String recipient;

    @Column(name = "address", length = 200, updatable = false)
    private String address;

    @Column(name = "subject", nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT", updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20, updatable = false)
    private Status status;

    @Column(name = "error", length = 500, updatable = false)
    private String error;

    protected MailOutboxEntry() {
    }

    MailOutboxEntry(String recipient, String address, String subject, String body, Kind kind, Status status,
            String error) {
        this.recipient = recipient;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.kind = kind;
        this.status = status;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }
}
