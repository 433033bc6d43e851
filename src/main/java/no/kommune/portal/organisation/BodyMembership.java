package no.kommune.portal.organisation;

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
import org.hibernate.envers.Audited;

/** A person's seat in a political body for a period; ended by setting {@code toDate}, never deleted. */
@Entity
@Audited
@Table(name = "body_membership")
public class BodyMembership extends AbstractEntity {

    public enum Seat { CHAIR, MEMBER, DEPUTY, SECRETARY }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private PoliticalBody body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Seat seat;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected BodyMembership() {
    }

    public BodyMembership(PoliticalBody body, UserAccount member, Seat seat, LocalDate fromDate) {
        this.body = body;
        this.member = member;
        this.seat = seat;
        this.fromDate = fromDate;
    }

    public PoliticalBody getBody() {
        return body;
    }

    public UserAccount getMember() {
        return member;
    }

    public Seat getSeat() {
        return seat;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void end(LocalDate date) {
        this.toDate = date;
    }

    public boolean isCurrent(LocalDate today) {
        return (fromDate == null || !fromDate.isAfter(today)) && (toDate == null || !toDate.isBefore(today));
    }
}
