package no.kommune.portal.whistleblowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * One row of a case's thread: information added by the reporter (through the receipt code), an answer or
 * internal note by the receiver, or a status change. Written once, never changed.
 */
@Entity
@Audited
@Table(name = "wb_message")
public class WhistleblowingMessage extends AbstractEntity {

    public enum Author { REPORTER, RECEIVER }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private WhistleblowingCase whistleblowingCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Author author;

    /** False for the receivers' internal notes. */
    @Column(name = "visible_to_reporter", nullable = false)
    private boolean visibleToReporter;

    @Column(columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private CaseStatus toStatus;

    protected WhistleblowingMessage() {
    }

    WhistleblowingMessage(WhistleblowingCase whistleblowingCase, Author author, boolean visibleToReporter, String body,
            CaseStatus fromStatus, CaseStatus toStatus) {
        this.whistleblowingCase = whistleblowingCase;
        this.author = author;
        this.visibleToReporter = visibleToReporter;
        this.body = body;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public WhistleblowingCase getCase() {
        return whistleblowingCase;
    }

    public Author getAuthor() {
        return author;
    }

    public boolean isVisibleToReporter() {
        return visibleToReporter;
    }

    public String getBody() {
        return body;
    }

    public CaseStatus getFromStatus() {
        return fromStatus;
    }

    public CaseStatus getToStatus() {
        return toStatus;
    }
}
