package no.kommune.portal.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one way to run a list query (decision 025). A feature writes its filter and data scope as a JPA Criteria
 * predicate ({@link Where}, usually in a {@code <Entity>Specifications} class) and its order ({@link OrderBy}, ending
 * with a unique tie-breaker such as the id, so pages never overlap); this class runs the count and the page with
 * offset and limit. It never counts on its own: the grid asks for the count separately.
 *
 * <p>A list that shows a few columns rather than whole rows (a DTO with a correlated count, or a table holding a
 * large column the list must not load) selects a projection with the same {@link Where}, {@link OrderBy} and offset
 * ({@link #page(Class, Class, Select, Where, OrderBy, int, int)}).
 *
 * <p>{@link #pageByIds} is the deferred join for deep offsets: it reads only the ids of the page (from an index,
 * cheap even at row 90 000), then loads just those rows with their fetch joins, in the order of the ids.
 *
 * <p>Callers run inside their own (read-only) transaction and do their own access checks; this class knows no
 * roles or scopes.
 */
@Component
public class ListQueries {

    /** The filter and data scope of a list as one predicate; {@code query} serves subqueries. */
    @FunctionalInterface
    public interface Where<T> {
        Predicate where(Root<T> root, AbstractQuery<?> query, CriteriaBuilder cb);
    }

    /** The order of a list; the last entry must make it total (the id). */
    @FunctionalInterface
    public interface OrderBy<T> {
        List<Order> orderBy(Root<T> root, CriteriaBuilder cb);
    }

    /**
     * What a projection selects from the root: {@code cb.construct(Row.class, ...)} for a record, or
     * {@code cb.tuple(...)}; {@code query} serves correlated subqueries (a count per row).
     */
    @FunctionalInterface
    public interface Select<T, R> {
        Selection<? extends R> select(Root<T> root, AbstractQuery<?> query, CriteriaBuilder cb);
    }

    @PersistenceContext
    private EntityManager em;

    /** Number of rows matching {@code where}. */
    public <T> long count(Class<T> type, Where<T> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<T> root = q.from(type);
        q.select(cb.count(root)).where(where.where(root, q, cb));
        return em.createQuery(q).getSingleResult();
    }

    /** One page of whole rows: {@code limit} rows from {@code offset} in the given order. */
    public <T> List<T> page(Class<T> type, Where<T> where, OrderBy<T> order, int offset, int limit) {
        return page(type, where, order, offset, limit, root -> { });
    }

    /** {@link #page} for a {@link PageSlice}. */
    public <T> List<T> page(Class<T> type, Where<T> where, OrderBy<T> order, PageSlice slice) {
        return page(type, where, order, slice.offset(), slice.limit());
    }

    /**
     * One page of whole rows with the to-one associations {@code fetch} joins, in the same query (for example
     * {@code root -> root.fetch("round")}); a short list that shows a field of its parent. Never fetch a collection
     * here: the database could no longer apply the limit.
     */
    public <T> List<T> page(Class<T> type, Where<T> where, OrderBy<T> order, int offset, int limit,
            Consumer<Root<T>> fetch) {
        if (limit <= 0) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> q = cb.createQuery(type);
        Root<T> root = q.from(type);
        fetch.accept(root);
        q.select(root).where(where.where(root, q, cb)).orderBy(order.orderBy(root, cb));
        return em.createQuery(q).setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
    }

    /**
     * One page of a projection: {@code limit} rows of {@code rowType} from {@code offset}, each built by
     * {@code select} from a row of {@code type} matching {@code where}, in the given order. The count is
     * {@link #count(Class, Where)} with the same {@code where}.
     */
    public <T, R> List<R> page(Class<T> type, Class<R> rowType, Select<T, R> select, Where<T> where,
            OrderBy<T> order, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<R> q = cb.createQuery(rowType);
        Root<T> root = q.from(type);
        q.select(select.select(root, q, cb)).where(where.where(root, q, cb)).orderBy(order.orderBy(root, cb));
        return em.createQuery(q).setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
    }

    /**
     * One page in two steps (deferred join): the ids of the page first, in the given order, then those rows with
     * the associations {@code fetch} joins (for example {@code root -> root.fetch("category")}), returned in the
     * order of the ids.
     */
    public <T extends AbstractEntity> List<T> pageByIds(Class<T> type, Where<T> where, OrderBy<T> order, int offset,
            int limit, Consumer<Root<T>> fetch) {
        if (limit <= 0) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<T> idRoot = ids.from(type);
        ids.select(idRoot.<Long>get("id")).where(where.where(idRoot, ids, cb)).orderBy(order.orderBy(idRoot, cb));
        List<Long> pageIds = em.createQuery(ids).setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                .getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        CriteriaQuery<T> rows = cb.createQuery(type);
        Root<T> root = rows.from(type);
        fetch.accept(root);
        rows.select(root).where(root.get("id").in(pageIds));
        Map<Long, T> byId = em.createQuery(rows).getResultList().stream()
                .collect(Collectors.toMap(AbstractEntity::getId, Function.identity(), (a, b) -> a));
        return pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The path of a dotted property ({@code "decision.title"}); callers check it against their sortable list. */
    public static Path<Object> path(Root<?> root, String property) {
        String[] parts = property.split("\\.");
        Path<Object> path = root.get(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            path = path.get(parts[i]);
        }
        return path;
    }
}
