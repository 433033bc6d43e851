package no.kommune.portal.decisions;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.organisation.UserAccount;

/** Turns a {@link FollowUpFilter} into criteria predicates, shared by the list, its count and the status counts. */
final class MandateSpecifications {

    private MandateSpecifications() {
    }

    /** Who is asking: needed for "mine" and for the not-updated flag. */
    record Context(String username, Set<Long> ledUnitIds, Set<Long> unitFilterIds, Instant openPeriodStart,
            LocalDate today) {
    }

    static Predicate where(FollowUpFilter f, Root<Mandate> m, CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query, Context ctx) {
        List<Predicate> where = new ArrayList<>();
        var decision = m.get("decision");
        var status = m.get("status");
        if (f.bodyId() != null) {
            where.add(cb.equal(decision.get("body").get("id"), f.bodyId()));
        }
        if (f.year() != null) {
            where.add(cb.equal(decision.get("year"), f.year()));
        }
        if (f.state() == MandateState.DELAYED) {
            where.add(delayed(m, cb, ctx.today()));
        } else if (f.state() != null) {
            where.add(cb.equal(status.get("state"), f.state()));
            if (!f.state().isClosed()) {
                where.add(notDelayed(m, cb, ctx.today()));
            }
        }
        if (f.responsibleId() != null) {
            where.add(cb.exists(responsibleSubquery(m, cb, query, "id", f.responsibleId())));
        }
        if (f.unitId() != null) {
            where.add(m.get("unit").get("id").in(ctx.unitFilterIds()));
        }
        if (f.overdueOnly()) {
            where.add(delayed(m, cb, ctx.today()));
        }
        if (f.unclearOnly()) {
            where.add(cb.isTrue(m.get("deadlineUnclear")));
            where.add(cb.not(status.get("state").in(MandateState.DONE, MandateState.CANCELLED)));
        }
        if (f.earlierYearsOnly()) {
            where.add(cb.lessThan(m.get("originYear"), ctx.today().getYear()));
            where.add(cb.not(status.get("state").in(MandateState.DONE, MandateState.CANCELLED)));
        }
        if (f.dueWithinDays() != null) {
            where.add(cb.between(m.get("dueDate"), ctx.today(), ctx.today().plusDays(f.dueWithinDays())));
            where.add(cb.not(status.get("state").in(MandateState.DONE, MandateState.CANCELLED)));
        }
        if (f.notUpdatedOnly()) {
            where.add(notUpdated(m, cb, ctx));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().trim().toLowerCase() + "%";
            where.add(cb.or(cb.like(cb.lower(m.get("title")), like), cb.like(cb.lower(m.get("description")), like),
                    cb.like(cb.lower(decision.get("caseNumbers")), like), cb.like(cb.lower(decision.get("title")), like),
                    cb.like(cb.lower(m.get("statusText")), like)));
        }
        if (f.mineOnly()) {
            List<Predicate> mine = new ArrayList<>();
            Join<Mandate, UserAccount> owner = m.join("owner", JoinType.LEFT);
            mine.add(cb.equal(owner.get("username"), ctx.username()));
            mine.add(cb.exists(responsibleSubquery(m, cb, query, "username", ctx.username())));
            if (!ctx.ledUnitIds().isEmpty()) {
                mine.add(m.get("unit").get("id").in(ctx.ledUnitIds()));
            }
            where.add(cb.or(mine.toArray(Predicate[]::new)));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    /**
     * Delayed today by the one definition: a single range condition on the indexed {@code delayed_since}
     * column (see {@link Delay}), so counts and filters need no CASE over every row.
     */
    static Predicate delayed(Root<Mandate> m, CriteriaBuilder cb, LocalDate today) {
        return cb.lessThanOrEqualTo(m.<LocalDate>get("delayedSince"), today);
    }

    /** The complement of {@link #delayed}; spelled out because NOT over a NULL column is never true in SQL. */
    static Predicate notDelayed(Root<Mandate> m, CriteriaBuilder cb, LocalDate today) {
        return cb.or(cb.isNull(m.get("delayedSince")), cb.greaterThan(m.<LocalDate>get("delayedSince"), today));
    }

    static Predicate notUpdated(Root<Mandate> m, CriteriaBuilder cb, Context ctx) {
        if (ctx.openPeriodStart() == null) {
            return cb.disjunction();
        }
        return cb.and(cb.not(m.get("status").get("state").in(MandateState.DONE, MandateState.CANCELLED)),
                cb.or(cb.isNull(m.get("statusUpdatedAt")), cb.lessThan(m.get("statusUpdatedAt"), ctx.openPeriodStart())));
    }

    private static Subquery<Long> responsibleSubquery(Root<Mandate> m, CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query, String attribute, Object value) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Mandate> inner = sq.from(Mandate.class);
        Join<Mandate, UserAccount> responsible = inner.join("responsibles");
        sq.select(inner.get("id")).where(cb.equal(inner, m), cb.equal(responsible.get(attribute), value));
        return sq;
    }

    /** Columns the list may be sorted by; anything else a client sends is refused rather than turned into a path. */
    private static final Set<String> SORTABLE = Set.of("title", "deadline", "decision.title", "decision.meetingDate",
            "decision.body.name", "decision.id", "status.sortOrder", "statusUpdatedAt", "id", "dueDate", "attentionOrder",
            "originYear", "originDate");

    static jakarta.persistence.criteria.Path<Object> sortPath(Root<Mandate> m, String property) {
        if (!SORTABLE.contains(property)) {
            throw new IllegalArgumentException("Not a sortable column: " + property);
        }
        return ListQueries.path(m, property);
    }

    /**
     * The columns asked for, or else what must be acted on first: reported delayed, then open by due date (so the
     * overdue ones lead), then open without a date, then closed; one indexed column (see {@link Delay}), no CASE
     * over every row. The id breaks ties.
     */
    static ListQueries.OrderBy<Mandate> order(PageSlice slice) {
        return (root, cb) -> {
            List<Order> order = new ArrayList<>();
            for (PageSlice.SortBy o : slice.sort()) {
                var path = sortPath(root, o.property());
                order.add(o.ascending() ? cb.asc(path) : cb.desc(path));
            }
            if (order.isEmpty()) {
                order.add(cb.asc(root.get("attentionOrder")));
            }
            order.add(cb.asc(root.get("id")));
            return order;
        };
    }
}
