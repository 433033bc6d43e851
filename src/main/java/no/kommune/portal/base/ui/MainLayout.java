package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import no.kommune.portal.base.i18n.PortalI18NProvider;

/**
 * The frame around every signed-in page. The side navigation is built from the views' {@code @Menu}
 * annotations; Vaadin leaves out the views the user's roles cannot open, so the menu is filtered by
 * role without a list to keep in sync here. Menu titles are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final Span viewTitle = new Span();
    private final Div headerExtras = new Div();

    public MainLayout(AuthenticationContext authentication, java.util.List<HeaderContribution> contributions) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(true, header());
        contributions.forEach(c -> headerExtras.add(c.create()));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand");
        return name;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("portal-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component header() {
        viewTitle.addClassName("portal-view-title");
        String user = authentication.getPrincipalName().orElse("");
        Span who = new Span(user);
        who.addClassName("portal-user");

        Button language = new Button(getTranslation("layout.otherLanguage"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout right = new HorizontalLayout(headerExtras, who, language, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), viewTitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(viewTitle);
        bar.addClassName("portal-header");
        return bar;
    }

    private void switchLanguage() {
        Locale next = "en".equals(getLocale().getLanguage()) ? PortalI18NProvider.BOKMAL : PortalI18NProvider.ENGLISH;
        VaadinSession.getCurrent().setAttribute(UiSetup.LOCALE_ATTRIBUTE, next);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
