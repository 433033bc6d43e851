package no.kommune.portal.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * A reporting period ("1. tertial 2025", "2. tertial 2025", "Årsrapport 2025"). Opened and closed by
 * management; closing freezes a snapshot of every mandate so the next report can say what changed.
 */
@Entity
@Audited
@Table(name = "reporting_period")
public class ReportingPeriod extends AbstractEntity {

    public enum Type {
        TERTIAL_1, TERTIAL_2, ANNUAL;

        public String label(int year) {
            return switch (this) {
                case TERTIAL_1 -> "1. tertial " + year;
                case TERTIAL_2 -> "2. tertial " + year;
                case ANNUAL -> "Årsrapport " + year;
            };
        }

        int order() {
            return ordinal();
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 20)
    private Type type;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ReportingPeriod() {
    }

    ReportingPeriod(Type type, int year, Instant openedAt) {
        this.type = type;
        this.year = year;
        this.name = type.label(year);
        this.openedAt = openedAt;
    }

    public Type getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    void close(Instant when) {
        this.closedAt = when;
    }

    /** Sort key: year, then tertial 1, tertial 2, annual. */
    public int sortKey() {
        return year * 10 + type.order();
    }
}
