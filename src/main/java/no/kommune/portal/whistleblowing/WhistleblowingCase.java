package no.kommune.portal.whistleblowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * A report of censurable conditions (varsel om kritikkverdige forhold). Sealed: only the receiver role reads
 * it. The receipt code is stored only as a keyed hash; an anonymous report stores no username, name or
 * address, and is written under the anonymous auditor, so not even the audit columns name the reporter.
 */
@Entity
@Audited
@Table(name = "wb_case")
public class WhistleblowingCase extends AbstractEntity {

    @Column(name = "receipt_hash", nullable = false, length = 64, unique = true)
    private String receiptHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "reporter_username", length = 100)
    private String reporterUsername;

    @Column(name = "reporter_name", length = 200)
    private String reporterName;

    @Column(name = "reporter_contact", length = 254)
    private String reporterContact;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(length = 200)
    private String concerns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_year", nullable = false)
    private int receivedYear;

    protected WhistleblowingCase() {
    }

    WhistleblowingCase(String receiptHash, Channel channel, boolean anonymous, String subject, String description,
            Instant receivedAt, int receivedYear) {
        this.receiptHash = receiptHash;
        this.channel = channel;
        this.anonymous = anonymous;
        this.subject = subject;
        this.description = description;
        this.receivedAt = receivedAt;
        this.receivedYear = receivedYear;
        this.status = CaseStatus.RECEIVED;
    }

    void setReporter(String username, String name, String contact) {
        this.reporterUsername = username;
        this.reporterName = name;
        this.reporterContact = contact;
    }

    void setDetails(LocalDate occurredOn, String concerns) {
        this.occurredOn = occurredOn;
        this.concerns = concerns;
    }

    void changeStatus(CaseStatus status) {
        this.status = status;
    }

    String getReceiptHash() {
        return receiptHash;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getReporterUsername() {
        return reporterUsername;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getReporterContact() {
        return reporterContact;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getConcerns() {
        return concerns;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getReceivedYear() {
        return receivedYear;
    }
}
