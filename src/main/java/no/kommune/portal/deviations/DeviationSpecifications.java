package no.kommune.portal.deviations;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.organisation.UserAccount;

/**
 * The handling list's filter and the reader's data scope as criteria predicates (decision 025), shared by the
 * page and the count. The scope is security critical: which deviations a user may see in a list.
 */
final class DeviationSpecifications {

    private DeviationSpecifications() {
    }

    /**
     * Who reads, as the scope needs it: the account id ({@code -1} without one), the roles that widen the scope,
     * the units led (with descendants), and the units the unit filter stands for (with descendants).
     */
    record Reader(long me, boolean quality, boolean management, boolean leader, Set<Long> ledUnitIds,
            Set<Long> unitFilterIds) {
    }

    private static final List<DeviationStatus> OPEN = List.of(DeviationStatus.NEW, DeviationStatus.IN_PROGRESS,
            DeviationStatus.MEASURES_IMPLEMENTED);

    /** The filter plus the reader's data scope; {@code forceMine} limits to the reader's own reports. */
    static ListQueries.Where<Deviation> where(DeviationFilter f, Reader reader, boolean forceMine) {
        return (d, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                where.add(cb.equal(d.get("status"), f.status()));
            } else if (f.openOnly()) {
                where.add(d.get("status").in(OPEN));
            }
            if (f.unitId() != null) {
                where.add(d.get("reportedToUnit").get("id").in(reader.unitFilterIds()));
            }
            if (f.categoryId() != null) {
                where.add(cb.equal(d.get("category").get("id"), f.categoryId()));
            }
            if (forceMine || f.mineOnly()) {
                where.add(cb.equal(d.get("reporter").get("id"), reader.me()));
            } else if (!reader.quality()) {
                where.add(scope(d, query, cb, reader));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * What a reader without the quality role sees: own reports; management every deviation without personal data;
     * a leader those without personal data reported to a unit led, and those the leader handles or has handled.
     */
    private static Predicate scope(Root<Deviation> d, AbstractQuery<?> query, CriteriaBuilder cb, Reader reader) {
        List<Predicate> scope = new ArrayList<>();
        scope.add(cb.equal(d.get("reporter").get("id"), reader.me()));
        if (reader.management()) {
            scope.add(cb.isFalse(d.get("personalData")));
        }
        if (reader.leader()) {
            if (!reader.ledUnitIds().isEmpty()) {
                scope.add(cb.and(cb.isFalse(d.get("personalData")),
                        d.get("reportedToUnit").get("id").in(reader.ledUnitIds())));
            }
            scope.add(cb.equal(d.get("handler").get("id"), reader.me()));
            scope.add(d.get("id").in(handledBy(query, cb, reader.me())));
        }
        return cb.or(scope.toArray(Predicate[]::new));
    }

    /** Ids of the deviations whose handling chain holds the user. */
    private static Subquery<Long> handledBy(AbstractQuery<?> query, CriteriaBuilder cb, long me) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Deviation> d2 = sq.from(Deviation.class);
        Join<Deviation, UserAccount> h = d2.join("handlers");
        sq.select(d2.<Long>get("id")).where(cb.equal(h.get("id"), me));
        return sq;
    }

    /** Newest (or oldest) report first; the id breaks ties in the same direction. */
    static ListQueries.OrderBy<Deviation> byReportedAt(boolean oldestFirst) {
        return (d, cb) -> oldestFirst
                ? List.<Order>of(cb.asc(d.get("reportedAt")), cb.asc(d.get("id")))
                : List.<Order>of(cb.desc(d.get("reportedAt")), cb.desc(d.get("id")));
    }
}
