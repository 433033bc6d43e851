package no.kommune.portal.organisation;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;

/**
 * The lists of accounts (decision 025): the people pickers (active people by name or username) and the
 * administrators' user list, as Criteria predicates run by {@link ListQueries}.
 */
final class UserAccountSpecifications {

    /** The columns of the user list the administrator may sort by. */
    private static final Set<String> SORTABLE = Set.of("fullName", "username");

    private UserAccountSpecifications() {
    }

    /** Active accounts whose full name or username contains the text, in any case (every active one for none). */
    static ListQueries.Where<UserAccount> activeMatching(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return (u, query, cb) -> cb.and(cb.isTrue(u.get("active")), nameOrUsernameLike(u, cb, like));
    }

    /** {@link #activeMatching} without the accounts that already hold the role. */
    static ListQueries.Where<UserAccount> activeMatchingWithout(String text, String role) {
        ListQueries.Where<UserAccount> matching = activeMatching(text);
        return (u, query, cb) -> cb.and(matching.where(u, query, cb), cb.isNotMember(role, u.get("roles")));
    }

    /** The administrators' filter: text (name or username), role, and inactive accounts only when asked for. */
    static ListQueries.Where<UserAccount> admin(UserAdminService.Filter filter) {
        return (u, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter != null && filter.text() != null && !filter.text().isBlank()) {
                where.add(nameOrUsernameLike(u, cb, "%" + filter.text().trim().toLowerCase() + "%"));
            }
            if (filter != null && filter.role() != null) {
                where.add(cb.isMember(filter.role(), u.get("roles")));
            }
            if (filter == null || !filter.includeInactive()) {
                where.add(cb.isTrue(u.get("active")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Full name, then id: the pickers' order. */
    static List<Order> byName(Root<UserAccount> u, CriteriaBuilder cb) {
        return List.of(cb.asc(u.get("fullName")), cb.asc(u.get("id")));
    }

    /** The columns asked for (full name or username; another is refused), then full name and id. */
    static ListQueries.OrderBy<UserAccount> order(PageSlice slice) {
        for (PageSlice.SortBy o : slice.sort()) {
            if (!SORTABLE.contains(o.property())) {
                throw new IllegalArgumentException("Not a sortable column: " + o.property());
            }
        }
        return (u, cb) -> {
            List<Order> order = new ArrayList<>();
            for (PageSlice.SortBy o : slice.sort()) {
                order.add(o.ascending() ? cb.asc(u.get(o.property())) : cb.desc(u.get(o.property())));
            }
            order.addAll(byName(u, cb));
            return order;
        };
    }

    private static Predicate nameOrUsernameLike(Root<UserAccount> u, CriteriaBuilder cb, String like) {
        return cb.or(cb.like(cb.lower(u.get("fullName")), like), cb.like(cb.lower(u.get("username")), like));
    }
}
