package no.kommune.portal.supervisions;

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
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.organisation.OrgUnit;
import org.hibernate.envers.Audited;

/**
 * One supervision, audit or control (tilsyn, forvaltningsrevisjon, eierskapskontroll, internrevisjon) and
 * its finding or order (avvik/pålegg), followed up until closed. The deadline for closing is kept verbatim
 * as the source wrote it ("16.06.2025", "2026", "Oktober 2025", "Besvart innen fristen.") and, when that text
 * is a date, also as a date.
 */
@Entity
@Audited
@Table(name = "supervision")
public class Supervision extends AbstractEntity {

    /** Identifier of an imported row (record_id of the source), so importing twice creates nothing. */
    @Column(name = "source_key", length = 100, unique = true)
    private String sourceKey;

    @Column(length = TextLimits.NAME)
    private String municipality;

    @Column(name = "report_year", nullable = false)
    private int year;

    /** Sector, staff or service area as written (the heading the register is grouped by). */
    @Column(nullable = false, length = TextLimits.NAME)
    private String sector;

    /** The unit in the portal's organisation that owns the follow-up, when known (data scope for leaders). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(length = TextLimits.NAME)
    private String authority;

    @Column(name = "supervision_type", length = TextLimits.NAME)
    private String supervisionType;

    /** Tjeneste/tilsynsområde. */
    @Column(nullable = false, length = TextLimits.TITLE)
    private String subject;

    /** Avvik/pålegg. */
    @Column(columnDefinition = "TEXT")
    private String findings;

    private LocalDate deadline;

    @Column(name = "deadline_text", length = TextLimits.NAME)
    private String deadlineText;

    /** Tiltak/kommentar. */
    @Column(columnDefinition = "TEXT")
    private String measures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupervisionStatus status;

    @Column(name = "status_text", columnDefinition = "TEXT")
    private String statusText;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "dates_text", length = TextLimits.NAME)
    private String datesText;

    /** Link to the council case (saksnummer and title). */
    @Column(name = "related_case", length = TextLimits.TITLE)
    private String relatedCase;

    @Column(columnDefinition = "TEXT")
    private String notes;

    protected Supervision() {
    }

    Supervision(String sector, String subject, int year, SupervisionStatus status) {
        this.sector = sector;
        this.subject = subject;
        this.year = year;
        this.status = status;
    }

    /** Copies every editable field from a validated draft (status is changed separately, with history). */
    void apply(SupervisionDraft d, OrgUnit unit, LocalDate parsedDeadline) {
        this.municipality = d.municipality();
        this.year = d.year();
        this.sector = d.sector();
        this.unit = unit;
        this.authority = d.authority();
        this.supervisionType = d.supervisionType();
        this.subject = d.subject();
        this.findings = d.findings();
        this.deadlineText = d.deadlineText();
        this.deadline = parsedDeadline;
        this.measures = d.measures();
        this.statusText = d.statusText();
        this.openedOn = d.openedOn();
        this.datesText = d.datesText();
        this.relatedCase = d.relatedCase();
        this.notes = d.notes();
    }

    /** The owning unit was closed: the receiving unit follows it up (decision 020). */
    void moveTo(OrgUnit receiving) {
        this.unit = receiving;
    }

    void changeStatus(SupervisionStatus status) {
        this.status = status;
    }

    void changeMeasures(String measures) {
        this.measures = measures;
    }

    void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getMunicipality() {
        return municipality;
    }

    public int getYear() {
        return year;
    }

    public String getSector() {
        return sector;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getAuthority() {
        return authority;
    }

    public String getSupervisionType() {
        return supervisionType;
    }

    public String getSubject() {
        return subject;
    }

    public String getFindings() {
        return findings;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public String getMeasures() {
        return measures;
    }

    public SupervisionStatus getStatus() {
        return status;
    }

    public String getStatusText() {
        return statusText;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getDatesText() {
        return datesText;
    }

    public String getRelatedCase() {
        return relatedCase;
    }

    public String getNotes() {
        return notes;
    }
}
