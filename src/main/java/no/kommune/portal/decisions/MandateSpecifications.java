package no.kommune.portal.decisions;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
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
import java.util.function.Function;
import no.kommune.portal.base.FreeText;
import no.kommune.portal.base.FullTextFunctions;
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

    /**
     * The filter as one predicate. {@code textCandidates} (from {@link MandateTextCandidates}, null when it found none)
     * are the ids of every mandate the free text can match: the list then reads those rows by id.
     */
    static Predicate where(FollowUpFilter f, Root<Mandate> m, CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query, Context ctx, Set<Long> textCandidates) {
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
        List<FreeText.Word> words = FreeText.words(f.text());
        if (!words.isEmpty()) {
            if (textCandidates != null) {
                where.add(textCandidates.isEmpty() ? cb.disjunction() : m.get("id").in(textCandidates));
            }
            where.add(text(words, m, cb, query));
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
     * Free text (decision 026): every word in the mandate's title, description or status text, or in its decision's
     * case numbers or title (one word may be in the mandate and the next in its decision). Words the full-text
     * indexes hold ({@code ft_mandate_text}, {@code ft_decision_text}) first, the substring words after them, so
     * those test only the rows the indexed words let through. The decision side is a subquery on the decision
     * table (a quarter the size of the mandates), run once per query.
     */
    static Predicate text(List<FreeText.Word> words, Root<Mandate> m, CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query) {
        List<Predicate> indexed = new ArrayList<>();
        List<Predicate> substrings = new ArrayList<>();
        for (FreeText.Word word : words) {
            if (word instanceof FreeText.Substring s) {
                substrings.add(cb.or(mandateContains(m, cb, s.likePattern()),
                        inDecisions(m, cb, query, d -> decisionContains(d, cb, s.likePattern()))));
            } else {
                indexed.add(cb.or(inMandate(word, m, cb), inDecisions(m, cb, query, d -> inDecision(word, d, cb))));
            }
        }
        indexed.addAll(substrings);
        return cb.and(indexed.toArray(Predicate[]::new));
    }

    /** A word the index holds ({@link FreeText.Prefix} or {@link FreeText.Phrase}) in the mandate's own text. */
    static Predicate inMandate(FreeText.Word word, Root<Mandate> m, CriteriaBuilder cb) {
        return switch (word) {
            case FreeText.Prefix p -> mandateMatches(m, cb, p.booleanQuery());
            case FreeText.Phrase p -> mandateMatches(m, cb, p.booleanQuery());
            case FreeText.Substring s -> throw new IllegalArgumentException("not an indexed word: " + s);
        };
    }

    /** The same word in a decision: a phrase also as a substring of its case numbers ("2024/12" finds 2024/123). */
    static Predicate inDecision(FreeText.Word word, Root<Decision> d, CriteriaBuilder cb) {
        return switch (word) {
            case FreeText.Prefix p -> decisionMatches(d, cb, p.booleanQuery());
            case FreeText.Phrase p -> cb.or(decisionMatches(d, cb, p.booleanQuery()),
                    decisionContains(d, cb, p.likePattern()));
            case FreeText.Substring s -> throw new IllegalArgumentException("not an indexed word: " + s);
        };
    }

    /** The columns of {@code ft_mandate_text}, in its order. */
    private static Predicate mandateMatches(Root<Mandate> m, CriteriaBuilder cb, String booleanQuery) {
        return FullTextFunctions.matches(cb, booleanQuery, m.get("title"), m.get("description"), m.get("statusText"));
    }

    /** The columns of {@code ft_decision_text}, in its order. */
    private static Predicate decisionMatches(Root<Decision> d, CriteriaBuilder cb, String booleanQuery) {
        return FullTextFunctions.matches(cb, booleanQuery, d.get("caseNumbers"), d.get("title"));
    }

    private static Predicate mandateContains(Root<Mandate> m, CriteriaBuilder cb, String likePattern) {
        return cb.or(contains(cb, m.get("title"), likePattern), contains(cb, m.get("description"), likePattern),
                contains(cb, m.get("statusText"), likePattern));
    }

    private static Predicate decisionContains(Root<Decision> d, CriteriaBuilder cb, String likePattern) {
        return cb.or(contains(cb, d.get("caseNumbers"), likePattern), contains(cb, d.get("title"), likePattern));
    }

    static Predicate inDecisions(Root<Mandate> m, CriteriaBuilder cb,
            jakarta.persistence.criteria.AbstractQuery<?> query, Function<Root<Decision>, Predicate> where) {
        Subquery<Long> sq = query.subquery(Long.class);
        Root<Decision> d = sq.from(Decision.class);
        sq.select(d.get("id")).where(where.apply(d));
        return m.get("decision").get("id").in(sq);
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String likePattern) {
        return cb.like(cb.lower(column), likePattern, FreeText.LIKE_ESCAPE);
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
