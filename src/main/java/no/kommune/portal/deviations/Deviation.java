package no.kommune.portal.deviations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.UserAccount;
import org.hibernate.envers.Audited;

/**
 * A reported deviation (avvik / uønsket hendelse). It is reported to the nearest leader of a unit
 * ({@code reportedToUnit}, {@code handler}); forwarding moves it to another unit's leader and adds her to
 * the handling chain ({@code handlers}), which decides who may read a deviation with personal data.
 */
@Entity
@Audited
@Table(name = "deviation")
public class Deviation extends AbstractEntity {

    @Column(nullable = false, length = TextLimits.NAME)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_unit_id", nullable = false)
    private OrgUnit locationUnit;

    @Column(name = "location_text", length = TextLimits.NAME)
    private String locationText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private DeviationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "immediate_action", columnDefinition = "TEXT")
    private String immediateAction;

    /** Contains personal or health data: confidential, every read is logged. */
    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DeviationStatus status = DeviationStatus.NEW;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id", nullable = false)
    private UserAccount reporter;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reported_to_unit_id", nullable = false)
    private OrgUnit reportedToUnit;

    /** The leader handling it now (null if no leader was found up the tree: quality picks it up). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private UserAccount handler;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "deviation_handler", joinColumns = @JoinColumn(name = "deviation_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> handlers = new HashSet<>();

    @Column(columnDefinition = "TEXT")
    private String cause;

    @Column(columnDefinition = "TEXT")
    private String measures;

    @Column(columnDefinition = "TEXT")
    private String learning;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Deviation() {
    }

    Deviation(String title, String description, Instant occurredAt, OrgUnit locationUnit, DeviationCategory category,
            Severity severity, UserAccount reporter, Instant reportedAt) {
        this.title = title;
        this.description = description;
        this.occurredAt = occurredAt;
        this.locationUnit = locationUnit;
        this.category = category;
        this.severity = severity;
        this.reporter = reporter;
        this.reportedAt = reportedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public OrgUnit getLocationUnit() {
        return locationUnit;
    }

    public String getLocationText() {
        return locationText;
    }

    void setLocationText(String locationText) {
        this.locationText = locationText;
    }

    public DeviationCategory getCategory() {
        return category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getImmediateAction() {
        return immediateAction;
    }

    void setImmediateAction(String immediateAction) {
        this.immediateAction = immediateAction;
    }

    public boolean isPersonalData() {
        return personalData;
    }

    void setPersonalData(boolean personalData) {
        this.personalData = personalData;
    }

    public DeviationStatus getStatus() {
        return status;
    }

    void setStatus(DeviationStatus status) {
        this.status = status;
    }

    public UserAccount getReporter() {
        return reporter;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public OrgUnit getReportedToUnit() {
        return reportedToUnit;
    }

    public UserAccount getHandler() {
        return handler;
    }

    /** Assigns the deviation to a unit and its leader; the leader joins the handling chain. */
    void assign(OrgUnit unit, UserAccount leader) {
        this.reportedToUnit = unit;
        this.handler = leader;
        if (leader != null) {
            handlers.add(leader);
        }
    }

    public Set<UserAccount> getHandlers() {
        return handlers;
    }

    public String getCause() {
        return cause;
    }

    public String getMeasures() {
        return measures;
    }

    public String getLearning() {
        return learning;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void close(String cause, String measures, String learning, Instant when) {
        this.cause = cause;
        this.measures = measures;
        this.learning = learning;
        this.closedAt = when;
        this.status = DeviationStatus.CLOSED;
    }

    void reopen() {
        this.closedAt = null;
        this.status = DeviationStatus.IN_PROGRESS;
    }
}
