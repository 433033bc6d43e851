package no.kommune.portal.accessibility.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.base.ui.PublicLayout;
import no.kommune.portal.decisions.ui.ImportDecisionsView;
import no.kommune.portal.decisions.ui.MyMandatesView;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.whistleblowing.ui.PublicReportView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the layouts give every page one h1, a main landmark around the view and a skip link. */
class AccessibilityLayoutTest extends KaribuTest {

    @Autowired OrgFixtures fixtures;

    @Test
    void a_signed_in_view_sits_in_main_under_the_one_h1_with_its_title_and_a_skip_link() {
        fixtures.user("leder-a11y", Roles.LEADER, Roles.EMPLOYEE);
        login("leder-a11y", Roles.LEADER, Roles.EMPLOYEE);
        UI.getCurrent().navigate(MyMandatesView.class);

        Main main = _get(Main.class);
        assertThat(main.getId()).contains(MainLayout.MAIN_ID);
        MyMandatesView view = _get(MyMandatesView.class);
        assertThat(view.getParent()).contains(main);
        assertThat(_get(H1.class).getText()).isEqualTo("Mine oppdrag");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("portal-skip-link")).getHref())
                .isEqualTo("#" + MainLayout.MAIN_ID);
    }

    @Test
    void the_upload_component_speaks_norwegian_in_every_view_without_the_view_asking() {
        fixtures.user("direktor-a11y", Roles.MANAGEMENT);
        login("direktor-a11y", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ImportDecisionsView.class);

        Upload upload = _get(Upload.class);
        assertThat(upload.getI18n()).as("Vaadin's default is English: Upload File...").isNotNull();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Velg fil …");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Slipp filen her");
    }

    @Test
    void a_public_page_has_its_title_as_h1_in_main_and_links_the_accessibility_statement() {
        UI.getCurrent().navigate(PublicReportView.class);

        _assertOne(PublicLayout.class);
        Main main = _get(Main.class);
        assertThat(_get(PublicReportView.class).getParent()).contains(main);
        assertThat(_get(H1.class).getText()).isEqualTo(_get(PublicReportView.class).getPageTitle());
        assertThat(_get(Anchor.class, spec -> spec.withId("accessibility-statement-link")).getHref())
                .isEqualTo("tilgjengelighet");
    }

    @Test
    void the_accessibility_statement_is_open_without_login_and_says_what_conforms_what_not_and_when_checked() {
        UI.getCurrent().navigate(AccessibilityStatementView.class);

        _assertOne(AccessibilityStatementView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Tilgjengelighetserklæring");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("statement-conforms")).getChildren().count())
                .isEqualTo(AccessibilityStatementView.CONFORMS.size());
        assertThat(_get(UnorderedList.class, spec -> spec.withId("statement-doesNot")).getChildren().count())
                .isEqualTo(AccessibilityStatementView.DOES_NOT.size());
        assertThat(_get(Paragraph.class, spec -> spec.withId("last-checked")).getText())
                .isEqualTo("Sist kontrollert 05.12.2026.");
    }
}
