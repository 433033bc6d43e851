package no.kommune.portal.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import no.kommune.portal.base.PageSlice;

/**
 * Turns a grid's lazy-loading query into the services' paging contract (decision 025): the offset and limit Vaadin
 * asks for (aligned to its page size) and the sort columns the user clicked, by their sort property.
 */
public final class GridPaging {

    private GridPaging() {
    }

    public static PageSlice slice(Query<?, ?> query) {
        return new PageSlice(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(o -> new PageSlice.SortBy(o.getSorted(), o.getDirection() != SortDirection.DESCENDING))
                .toList());
    }
}
