package no.kommune.portal.base;

import java.util.List;

/**
 * The one paging contract of list services (decision 025): which rows ({@code offset}, {@code limit}) and, for a
 * list the user may sort, the columns asked for. A service resolves each requested property against its own list of
 * sortable columns and always ends the order with a tie-breaker of its own, so the slice never decides what is
 * sortable. Views build it from the grid's lazy callback with {@code base.ui.GridPaging.slice(query)}.
 */
public record PageSlice(int offset, int limit, List<SortBy> sort) {

    /** One requested sort column: a property name of the list's entity (dotted for a path) and its direction. */
    public record SortBy(String property, boolean ascending) {

        public static SortBy asc(String property) {
            return new SortBy(property, true);
        }

        public static SortBy desc(String property) {
            return new SortBy(property, false);
        }
    }

    public PageSlice {
        offset = Math.max(0, offset);
        limit = Math.max(0, limit);
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** Rows {@code offset} to {@code offset + limit - 1} in the list's own order. */
    public static PageSlice of(int offset, int limit) {
        return new PageSlice(offset, limit, List.of());
    }

    /** The first {@code limit} rows in the list's own order. */
    public static PageSlice first(int limit) {
        return of(0, limit);
    }

    /** The same rows sorted by these columns first (the service still adds its own tie-breaker). */
    public PageSlice sortedBy(SortBy... columns) {
        return sortedBy(List.of(columns));
    }

    /** The same rows sorted by these columns first (the service still adds its own tie-breaker). */
    public PageSlice sortedBy(List<SortBy> columns) {
        return new PageSlice(offset, limit, columns);
    }
}
