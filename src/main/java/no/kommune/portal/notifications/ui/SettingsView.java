package no.kommune.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.notifications.MailMode;
import no.kommune.portal.notifications.NotificationLinks;
import no.kommune.portal.notifications.NotificationService;

/** The user's own settings: how notifications reach her by e-mail. */
@Route(NotificationLinks.SETTINGS)
@PermitAll
@Menu(order = 98, icon = "vaadin:cog", title = "notifications.settings.title")
public class SettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NotificationService service;
    private final RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>();

    public SettingsView(NotificationService service) {
        this.service = service;
        mode.setLabel(getTranslation("notifications.settings.mailMode"));
        mode.setId("mail-mode");
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("notifications.settings.mailMode." + m.name()));
        Button save = new Button(getTranslation("notifications.settings.save"), e -> {
            try {
                service.setMyMailMode(mode.getValue());
                Notices.success("notifications.settings.saved");
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("notifications.settings.help")), mode, save);
    }

    /** The stored choice on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        mode.setValue(service.myMailMode());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title");
    }
}
