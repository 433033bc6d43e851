package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean that puts an item in the header of every page (the notification bell). The layout asks
 * each contribution for a fresh component per UI, so features add header items without the layout
 * depending on them.
 */
public interface HeaderContribution {

    Component create();

    /** True to stand at the start of the header, before the page title (the municipality); false for the end. */
    default boolean atStart() {
        return false;
    }
}
