package no.kommune.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.Notification;
import no.kommune.portal.notifications.NotificationLinks;
import no.kommune.portal.notifications.NotificationService;

/** Every notification the signed-in user has had, newest first; each links to what it is about. */
@Route(NotificationLinks.ALL)
@PermitAll
@Menu(order = 85, icon = "vaadin:bell", title = "notifications.view.title")
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<Notification> grid = new Grid<>(Notification.class, false);

    public NotificationsView(NotificationService service) {
        setSizeFull();
        grid.setId("notifications-grid");
        grid.addColumn(n -> Formats.dateTime(n.getCreatedAt())).setHeader(getTranslation("notifications.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        // a renderer, not an anchor component per row: a user's list grows with every notice she ever had (issue 15)
        grid.addColumn(LitRenderer.<Notification>of("<a href=\"${item.href}\" @click=${read}>${item.text}</a>")
                .withProperty("href", n -> n.getLink() == null ? NotificationLinks.all().href() : n.getLink())
                .withProperty("text", n -> getTranslation(n.getMessageKey(), n.getMessageArgs()))
                .withFunction("read", n -> service.markRead(n.getId())))
                .setHeader(getTranslation("notifications.column.message")).setFlexGrow(1);
        grid.addColumn(n -> n.getReadAt() == null ? getTranslation("notifications.unread") : Formats.dateTime(n.getReadAt()))
                .setHeader(getTranslation("notifications.column.read")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> service.page(query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();

        Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            service.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markAll.setId("mark-all-read");
        add(markAll, grid);
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.view.title");
    }
}
