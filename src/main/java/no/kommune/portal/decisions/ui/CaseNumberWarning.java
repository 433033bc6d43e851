package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import no.kommune.portal.decisions.DecisionRegistry.CaseNumberMatch;

/**
 * Warns under the case-number field when a decision with one of the typed case numbers is already registered,
 * with a link to each, so the user corrects that one instead of registering a second copy. Only a warning:
 * one case may carry several decisions (points of a budget decision, for example).
 */
class CaseNumberWarning extends Div {

    private final Function<String, List<CaseNumberMatch>> lookup;

    CaseNumberWarning(Function<String, List<CaseNumberMatch>> lookup) {
        this.lookup = lookup;
        setId("case-number-warning");
        addClassName("case-number-warning");
        getElement().setAttribute("role", "status");
        getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        setVisible(false);
    }

    void check(String caseNumbers) {
        removeAll();
        List<CaseNumberMatch> matches = caseNumbers == null || caseNumbers.isBlank() ? List.of()
                : lookup.apply(caseNumbers);
        setVisible(!matches.isEmpty());
        if (matches.isEmpty()) {
            return;
        }
        add(new Span(getTranslation("decisions.correct.caseNumberExists") + " "));
        for (CaseNumberMatch match : matches) {
            RouterLink link = new RouterLink(match.caseNumbers() + " – " + match.title() + " (" + match.bodyName() + ")",
                    EditDecisionView.class, match.decisionId());
            link.addClassName("existing-decision");
            Div line = new Div(link);
            add(line);
        }
    }

}
