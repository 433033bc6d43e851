package no.kommune.portal.notifications.ui;

import com.vaadin.flow.component.Component;
import no.kommune.portal.base.ui.HeaderContribution;
import no.kommune.portal.notifications.NotificationService;

/** Puts the notification bell in the header of every page. */
@org.springframework.stereotype.Component
class NotificationBellContribution implements HeaderContribution {

    private final NotificationService service;

    NotificationBellContribution(NotificationService service) {
        this.service = service;
    }

    @Override
    public Component create() {
        return new NotificationBell(service);
    }
}
