package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.organisation.PoliticalBody;
import org.hibernate.envers.Audited;

/**
 * A political decision (vedtak/sak) of one body. Case numbers are kept as printed ("KS 145/24",
 * "PS-021/25", "FSK 147/20 30.09.20"; a decision may cite several), because every municipality and year
 * writes them differently and the reports must show them as the politicians know them.
 */
@Entity
@Audited
@Table(name = "decision")
public class Decision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private PoliticalBody body;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "decision_year", nullable = false)
    private int year;

    @Column(name = "case_numbers", length = 200)
    private String caseNumbers;

    @Column(name = "archive_reference", length = 40)
    private String archiveReference;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "decision_text", columnDefinition = "TEXT")
    private String decisionText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DecisionKind kind;

    /** Where an imported decision came from (file key), so a second import finds it again. */
    @Column(name = "source_key", length = 200, unique = true)
    private String sourceKey;

    protected Decision() {
    }

    public Decision(PoliticalBody body, String title, DecisionKind kind, int year) {
        this.body = body;
        this.title = title;
        this.kind = kind;
        this.year = year;
    }

    public PoliticalBody getBody() {
        return body;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
        if (meetingDate != null) {
            this.year = meetingDate.getYear();
        }
    }

    public int getYear() {
        return year;
    }

    public String getCaseNumbers() {
        return caseNumbers;
    }

    public void setCaseNumbers(String caseNumbers) {
        this.caseNumbers = caseNumbers;
    }

    public String getArchiveReference() {
        return archiveReference;
    }

    public void setArchiveReference(String archiveReference) {
        this.archiveReference = archiveReference;
    }

    public String getTitle() {
        return title;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }

    public DecisionKind getKind() {
        return kind;
    }

    // ---- corrections (DecisionCorrections records every change before it calls these) ----

    void setBody(PoliticalBody body) {
        this.body = body;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setKind(DecisionKind kind) {
        this.kind = kind;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }
}
