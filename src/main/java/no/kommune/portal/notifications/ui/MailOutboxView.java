package no.kommune.portal.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.MailOutboxEntry;
import no.kommune.portal.notifications.NotificationLinks;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.Roles;

/**
 * What the portal mailed or would have mailed: lets administrators check delivery, and in the demo run
 * (mail switched off) see what would have been sent.
 */
@Route(NotificationLinks.MAIL_OUTBOX)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, icon = "vaadin:envelope", title = "notifications.outbox.title")
public class MailOutboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Grid<MailOutboxEntry> grid = new Grid<>(MailOutboxEntry.class, false);

    public MailOutboxView(NotificationService service) {
        setSizeFull();
        grid.setId("outbox-grid");
        grid.addColumn(m -> Formats.dateTime(m.getCreatedAt())).setHeader(getTranslation("notifications.outbox.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailOutboxEntry::getRecipient).setHeader(getTranslation("notifications.outbox.recipient"))
                .setAutoWidth(true);
        grid.addColumn(MailOutboxEntry::getAddress).setHeader(getTranslation("notifications.outbox.address"))
                .setAutoWidth(true);
        grid.addColumn(MailOutboxEntry::getSubject).setHeader(getTranslation("notifications.outbox.subject"))
                .setFlexGrow(1);
        grid.addColumn(m -> getTranslation("notifications.outbox.kind." + m.getKind().name()))
                .setHeader(getTranslation("notifications.outbox.kind")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("notifications.outbox.status." + m.getStatus().name()))
                .setHeader(getTranslation("notifications.outbox.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.getBody())));
        grid.setItems(query -> service.outbox(query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        add(new Paragraph(getTranslation("notifications.outbox.help")), grid);
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.outbox.title");
    }
}
