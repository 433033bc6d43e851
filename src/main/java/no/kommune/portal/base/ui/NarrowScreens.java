package no.kommune.portal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Grids on phones (issue 14): columns that only repeat what a two-line first column already says are hidden
 * when the window is narrower than {@link #NARROW_PX}, and shown again when it widens (rotation, zoom out).
 * The first column shows its second line (CSS class {@code portal-narrow-only}) only on narrow screens.
 */
public final class NarrowScreens {

    /** Phones, and a 1280 px window at 200 % zoom (640 CSS px); matches the media query in styles.css. */
    public static final int NARROW_PX = 700;

    private NarrowScreens() {
    }

    /** Hides the given columns of the grid while the browser window is narrow. */
    @SafeVarargs
    @SuppressWarnings("varargs") // List.of copies the columns: the array itself is never stored or exposed
    public static <T> void hideWhenNarrow(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.executeJs("return window.innerWidth").then(Integer.class, width -> show(hidden, width));
            var registration = page.addBrowserWindowResizeListener(resize -> show(hidden, resize.getWidth()));
            grid.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private static <T> void show(List<Grid.Column<T>> columns, int width) {
        boolean wide = width <= 0 || width >= NARROW_PX;
        columns.forEach(c -> c.setVisible(wide));
    }
}
