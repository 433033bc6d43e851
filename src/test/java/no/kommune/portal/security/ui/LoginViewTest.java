package no.kommune.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymous_visitor_gets_the_norwegian_login_form() {
        UI.getCurrent().navigate(LoginView.class);
        _assertOne(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Brukernavn");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void failed_login_shows_the_error() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
