package no.kommune.portal.accessibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.PublicLayout;

/**
 * The accessibility statement (tilgjengelighetserklæring) the regulation on universal design of ICT asks every
 * public web solution to publish: what conforms to WCAG 2.1 AA, what does not yet, how and when it was checked.
 * Open to anyone, signed in or not, like the public whistleblowing page.
 */
@Route(value = "tilgjengelighet", layout = PublicLayout.class)
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements HasDynamicTitle {

    /**
     * The day of the last full check: the axe-core scan of every page and role, the keyboard journeys and the
     * phone layouts (AccessibilityScanBrowserTest, KeyboardJourneysBrowserTest, MobileLayoutBrowserTest) and a
     * manual look at 200 % zoom. Move it forward when the check is repeated.
     */
    public static final LocalDate LAST_CHECKED = LocalDate.of(2026, 12, 5);

    static final List<String> CONFORMS = List.of("landmarks", "keyboard", "contrast", "forms", "announce",
            "charts", "phones", "zoom", "language");
    static final List<String> DOES_NOT = List.of("documents", "screenReaders", "grids", "map");

    public AccessibilityStatementView() {
        addClassName("portal-statement");
        setId("accessibility-statement");
        add(new Paragraph(getTranslation("a11y.statement.intro")),
                new Paragraph(getTranslation("a11y.statement.status")),
                new H2(getTranslation("a11y.statement.conformsTitle")), list("conforms", CONFORMS),
                new H2(getTranslation("a11y.statement.doesNotTitle")), list("doesNot", DOES_NOT),
                new H2(getTranslation("a11y.statement.howTitle")),
                new Paragraph(getTranslation("a11y.statement.how")),
                paragraph("last-checked", getTranslation("a11y.statement.lastChecked",
                        Formats.date(LAST_CHECKED))),
                new H2(getTranslation("a11y.statement.feedbackTitle")),
                new Paragraph(getTranslation("a11y.statement.feedback")),
                new Anchor("https://www.uutilsynet.no/", getTranslation("a11y.statement.authority")));
    }

    private UnorderedList list(String group, List<String> items) {
        UnorderedList list = new UnorderedList();
        list.setId("statement-" + group);
        items.forEach(item -> list.add(new ListItem(getTranslation("a11y.statement." + group + "." + item))));
        return list;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.statement.title");
    }
}
