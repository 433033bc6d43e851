package no.kommune.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.municipality.ui.MunicipalityBrand;
import no.kommune.portal.security.SignInOptions;
import no.kommune.portal.security.SsoErrors;

/** Form login. Failed logins are counted by {@code LoginThrottle}; the message never says which part was wrong. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph ssoError = new Paragraph();

    public LoginView(SignInOptions options, MunicipalityProfileService municipality) {
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        // the municipality (name, kommunenummer, logo, colour) above the portal's name, so staff know where they are
        add(new MunicipalityBrand(municipality, "login-municipality"));
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        ssoError.setId("sso-error");
        ssoError.getElement().setAttribute("role", "alert");
        ssoError.addClassName("portal-error-text");
        ssoError.setVisible(false);
        add(ssoError);
        for (SignInOptions.Provider provider : options.providers()) {
            // a plain link: the provider's pages are outside the portal, so this is a full page load
            Anchor sso = new Anchor(provider.path(), getTranslation("login.sso.button", provider.name()));
            sso.setRouterIgnore(true);
            sso.setId("sso-" + provider.id());
            sso.addClassName("portal-sso-button");
            add(sso);
        }
        if (options.localLogin()) {
            add(login);
        }
        add(new Anchor("tilgjengelighet", getTranslation("a11y.statement.link")));
        // the login page has no layout: it is its own main landmark (docs/decisions/017-accessibility.md)
        getElement().setAttribute("role", "main");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        String code = parameters.getOrDefault("sso-error", java.util.List.of()).stream().findFirst().orElse(null);
        if (code != null) {
            // only codes the portal knows are turned into a message key; anything else reads as "failed"
            ssoError.setText(getTranslation("login.sso." + (SsoErrors.KNOWN.contains(code) ? code : "failed")));
            ssoError.setVisible(true);
        } else {
            // the router reuses this view: a message of an earlier visit must not stay
            ssoError.setText("");
            ssoError.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
