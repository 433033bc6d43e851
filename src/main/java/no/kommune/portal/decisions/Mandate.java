package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One thing the administration must do because of a decision (oppdrag / punkt i vedtak), followed up
 * with a status until it is done or cancelled. The deadline is a date where the seeds give one, and the
 * free text ("1. halvår 2025") kept verbatim beside it where they do not.
 */
@Entity
@Audited
@Table(name = "mandate")
public class Mandate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Column(name = "item_ref", length = 200)
    private String itemRef;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    private LocalDate deadline;

    @Column(name = "deadline_text", length = 200)
    private String deadlineText;

    /** Oppdragseier: usually the kommunedirektør. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    /** Ansvarlig: one or more responsible leaders. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mandate_responsible", joinColumns = @JoinColumn(name = "mandate_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> responsibles = new HashSet<>();

    /** The responsible column as printed in the source, for names the portal could not match. */
    @Column(name = "responsible_text", length = 500)
    private String responsibleText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private StatusLabel status;

    @Column(name = "status_text", columnDefinition = "TEXT")
    private String statusText;

    @Column(name = "status_updated_at")
    private Instant statusUpdatedAt;

    /** A responsible leader has proposed "done"; management confirms or sends it back. */
    @Column(name = "done_proposed", nullable = false)
    private boolean doneProposed;

    @Column(name = "source_key", length = 200, unique = true)
    private String sourceKey;

    protected Mandate() {
    }

    public Mandate(Decision decision, String title, StatusLabel status) {
        this.decision = decision;
        this.title = title;
        this.status = status;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getItemRef() {
        return itemRef;
    }

    public void setItemRef(String itemRef) {
        this.itemRef = itemRef;
    }

    public String getTitle() {
        return title;
    }

    /** For corrections only (DecisionCorrections records the change). */
    void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadline(LocalDate deadline, String deadlineText) {
        this.deadline = deadline;
        this.deadlineText = deadlineText;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public void setOwner(UserAccount owner) {
        this.owner = owner;
    }

    public Set<UserAccount> getResponsibles() {
        return responsibles;
    }

    public void setResponsibles(Set<UserAccount> responsibles) {
        this.responsibles = new HashSet<>(responsibles);
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = responsibleText;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public StatusLabel getStatus() {
        return status;
    }

    public String getStatusText() {
        return statusText;
    }

    public Instant getStatusUpdatedAt() {
        return statusUpdatedAt;
    }

    void changeStatus(StatusLabel newStatus, String newText, Instant when) {
        this.status = newStatus;
        this.statusText = newText;
        this.statusUpdatedAt = when;
    }

    public boolean isDoneProposed() {
        return doneProposed;
    }

    void setDoneProposed(boolean doneProposed) {
        this.doneProposed = doneProposed;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    /** Same as {@link #isDelayed}: there is one definition of delayed. */
    public boolean isOverdue(LocalDate today) {
        return isDelayed(today);
    }

    // ---- derived deadline columns (issue 11 item 2): maintained on every save, indexed, not history ----------

    /** The deadline as a date: the date field, or the last day of the period its text names. */
    @NotAudited
    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The deadline text names no date ("frist uklar"). */
    @NotAudited
    @Column(name = "deadline_unclear", nullable = false)
    private boolean deadlineUnclear;

    /** First day the mandate counts as delayed; null when it cannot be (closed, or no date). See {@link Delay}. */
    @NotAudited
    @Column(name = "delayed_since")
    private LocalDate delayedSince;

    @NotAudited
    @Column(name = "attention_order", nullable = false)
    private long attentionOrder = -1;

    // ---- origin (issue 11 item 11): the original decision, kept even when the decision is corrected ---------

    @Column(name = "origin_date")
    private LocalDate originDate;

    @Column(name = "origin_year")
    private Integer originYear;

    @Column(name = "origin_case", length = 100)
    private String originCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_body_id")
    private PoliticalBody originBody;

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        Delay.Derived derived = Delay.derive(deadline, deadlineText, status.getState());
        this.dueDate = derived.dueDate();
        this.deadlineUnclear = derived.unclear();
        this.delayedSince = derived.delayedSince();
        this.attentionOrder = derived.attentionOrder();
        if (originYear == null && decision != null) {
            setOrigin(decision.getMeetingDate(), decision.getYear(), DecisionOrigin.firstCase(decision.getCaseNumbers()),
                    decision.getBody());
        }
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDeadlineUnclear() {
        return deadlineUnclear;
    }

    public LocalDate getDelayedSince() {
        return delayedSince;
    }

    /** Delayed by the one definition: reported Forsinket, or open past its (resolved) deadline. */
    public boolean isDelayed(LocalDate today) {
        return Delay.derive(deadline, deadlineText, status.getState()).isDelayedOn(today);
    }

    public long getAttentionOrder() {
        return attentionOrder;
    }

    public LocalDate getOriginDate() {
        return originDate;
    }

    public Integer getOriginYear() {
        return originYear;
    }

    public String getOriginCase() {
        return originCase;
    }

    public PoliticalBody getOriginBody() {
        return originBody;
    }

    /** Set once when the mandate is registered or imported; a later correction of the decision leaves it. */
    public void setOrigin(LocalDate date, Integer year, String caseNumber, PoliticalBody body) {
        this.originDate = date;
        this.originYear = year != null ? year : date == null ? null : date.getYear();
        this.originCase = caseNumber == null || caseNumber.isBlank() ? null
                : caseNumber.length() > 100 ? caseNumber.substring(0, 100) : caseNumber.strip();
        this.originBody = body;
    }
}
