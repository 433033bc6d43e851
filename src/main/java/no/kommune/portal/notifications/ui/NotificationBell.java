package no.kommune.portal.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.Notification;
import no.kommune.portal.notifications.NotificationLinks;
import no.kommune.portal.notifications.NotificationService;

/**
 * The bell in the header: the number of unread notifications, and the latest ones in a popover. The count
 * is refreshed on every navigation, which is when users look at it.
 */
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    private static final int LATEST = 8;

    private final transient NotificationService service;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final VerticalLayout latest = new VerticalLayout();
    private final Popover popover = new Popover();

    public NotificationBell(NotificationService service) {
        this.service = service;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error small pill");
        Div wrapper = getContent();
        wrapper.addClassName("portal-bell");
        wrapper.add(bell, count);

        latest.setPadding(false);
        latest.setSpacing(false);
        latest.setId("notification-latest");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            service.markAllRead();
            refresh();
        });
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Anchor all = new Anchor(NotificationLinks.all().href(), getTranslation("notifications.all"));
        popover.add(latest, new Div(markAll, all));
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillLatest();
            }
        });
        wrapper.add(popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        long unread = service.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.bell.unread", unread));
        bell.setTooltipText(getTranslation("notifications.bell.unread", unread));
    }

    private void fillLatest() {
        latest.removeAll();
        var items = service.latest(LATEST);
        if (items.isEmpty()) {
            latest.add(new Span(getTranslation("notifications.none")));
        }
        for (Notification n : items) {
            Anchor link = new Anchor(n.getLink() == null ? NotificationLinks.all().href() : n.getLink(),
                    getTranslation(n.getMessageKey(), n.getMessageArgs()));
            Span when = new Span(Formats.dateTime(n.getCreatedAt()));
            when.addClassName("portal-muted");
            Div line = new Div(link, new Div(when));
            line.addClassName(n.getReadAt() == null ? "portal-notification-unread" : "portal-notification-read");
            link.getElement().addEventListener("click", e -> service.markRead(n.getId()));
            latest.add(line);
        }
    }
}
