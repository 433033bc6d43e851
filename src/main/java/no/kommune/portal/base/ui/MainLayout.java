package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
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
 *
 * <p>Accessibility lives here once for every view (docs/decisions/017-accessibility.md): a skip link, the
 * {@code header} (banner) landmark with the page's only {@code h1} (the view's title), a labelled {@code nav}
 * landmark for the menu and the {@code main} landmark around the view. Views therefore start their own
 * headings at {@code h2} and need no landmarks of their own.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Where the skip link lands; the only {@code main} landmark of a signed-in page. */
    public static final String MAIN_ID = "main-content";

    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final Div headerExtras = new Div();
    private final Div headerStart = new Div();
    private final Main main = new Main();
    private final SideNav nav = new SideNav();
    private final Span who = new Span();
    private HasElement view;
    /** Whose menu and name the header shows; the layout is reused across navigations, so checked on each one. */
    private String shownFor;

    public MainLayout(AuthenticationContext authentication, java.util.List<HeaderContribution> contributions) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        Nav menu = new Nav(brand(), navigation());
        menu.getElement().setAttribute("aria-label", getTranslation("a11y.menu"));
        menu.addClassName("portal-menu");
        addToDrawer(menu);
        addToNavbar(true, header());
        contributions.forEach(c -> (c.atStart() ? headerStart : headerExtras).add(c.create()));
        main.setId(MAIN_ID);
        // focusable by the skip link only, not a tab stop
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("a11y.menu")));
    }

    /** Puts the view inside the {@code main} landmark instead of straight into the layout. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        view = content;
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (getContent() != main) {
            super.showRouterLayoutContent(main);
        } else if (isOverlay()) {
            // AppLayout would take main out and put it back, attaching the new view twice: every component's
            // attach work (grid and combo box set-up, renderers) went to the browser twice per navigation (issue
            // 15). Only the drawer closing that AppLayout does after a navigation is left to do.
            setDrawerOpened(false);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (oldContent != null) {
            oldContent.getElement().removeFromParent();
        }
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand");
        return name;
    }

    private SideNav navigation() {
        nav.addClassName("portal-nav");
        fillNavigation();
        return nav;
    }

    /** The menu entries the signed-in user's roles may open (Vaadin filters them by the views' access rules). */
    private void fillNavigation() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private Component header() {
        viewTitle.addClassName("portal-view-title");
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("a11y.skipToContent"));
        skip.addClassName("portal-skip-link");
        // a plain in-page link would go through Vaadin's router; move focus to main in the browser instead
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const m = document.getElementById($0); if (m) { m.focus(); m.scrollIntoView(); } })", MAIN_ID);
        skip.getElement().setAttribute("router-ignore", true);
        shownFor = authentication.getPrincipalName().orElse("");
        who.setText(shownFor);
        who.addClassName("portal-user");

        Button language = new Button(getTranslation("layout.otherLanguage"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout right = new HorizontalLayout(headerExtras, who, language, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("a11y.toggleMenu"));
        headerStart.addClassName("portal-header-start");
        HorizontalLayout bar = new HorizontalLayout(toggle, headerStart, viewTitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(viewTitle);
        bar.addClassName("portal-header-bar");
        Header header = new Header(skip, bar);
        header.addClassName("portal-header");
        return header;
    }

    private void switchLanguage() {
        Locale next = "en".equals(getLocale().getLanguage()) ? PortalI18NProvider.BOKMAL : PortalI18NProvider.ENGLISH;
        VaadinSession.getCurrent().setAttribute(UiSetup.LOCALE_ATTRIBUTE, next);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    /**
     * Per navigation: the router keeps this layout for every view of the UI (and the view itself when its route is
     * opened again), so whatever depends on the view is set here, not in the constructor. The menu item of the
     * current page is marked by SideNav itself from the address; the bell refreshes its count in its own
     * {@code afterNavigation}.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String user = authentication.getPrincipalName().orElse("");
        if (!user.equals(shownFor)) {
            // another sign-in in the same browser window (a real login reloads the page; tests sign in in place)
            shownFor = user;
            who.setText(user);
            fillNavigation();
        }
        Component current = view == null ? null : view.getElement().getComponent().orElse(null);
        viewTitle.setText(current == null ? "" : MenuConfiguration.getPageHeader(current).orElse(""));
        if (current != null) {
            UploadTexts.applyTo(current);
        }
    }
}
