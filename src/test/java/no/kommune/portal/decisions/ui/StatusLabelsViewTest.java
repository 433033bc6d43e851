package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.decisions.StatusLabel;
import no.kommune.portal.decisions.StatusLabelService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatusLabelsViewTest extends KaribuTest {

    @Autowired StatusLabelService service;

    @Test
    void management_adds_a_status_and_bad_input_keeps_what_was_typed_with_a_message() {
        login("direktor-statusside", Roles.MANAGEMENT);
        UI.getCurrent().navigate(StatusLabelsView.class);
        StatusLabelsView view = _get(StatusLabelsView.class);
        int before = GridKt._size(view.grid);

        view.label.setValue("<b>Feit</b>");
        view.state.setValue(MandateState.ON_TRACK);
        _click(_get(Button.class, spec -> spec.withId("status-label-add")));
        assertThat(view.label.isInvalid()).isTrue();
        assertThat(view.label.getErrorMessage()).isEqualTo(view.getTranslation("validation.field.noMarkup",
                view.getTranslation("decisions.labels.label")));
        assertThat(view.label.getValue()).as("nothing typed is lost").isEqualTo("<b>Feit</b>");

        view.label.setValue("Venter på vedtak i kommunestyret");
        view.state.clear();
        _click(_get(Button.class, spec -> spec.withId("status-label-add")));
        assertThat(view.state.isInvalid()).isTrue();
        assertThat(view.label.getValue()).isEqualTo("Venter på vedtak i kommunestyret");

        view.state.setValue(MandateState.ON_TRACK);
        _click(_get(Button.class, spec -> spec.withId("status-label-add")));
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        StatusLabel added = GridKt._get(view.grid, before);
        assertThat(added.getLabel()).isEqualTo("Venter på vedtak i kommunestyret");
        assertThat(view.label.getValue()).isEmpty();

        // taken out of use again from the page (other tests read the labels in use)
        var actions = GridKt._getCellComponent(view.grid, before, "actions");
        Button takeOut = actions.getChildren().filter(c -> c.getId().orElse("").equals("status-label-use-" + added.getId()))
                .map(Button.class::cast).findFirst().orElseThrow();
        assertThat(takeOut.getElement().getAttribute("aria-label")).contains(added.getLabel());
        _click(takeOut);
        assertThat(GridKt._get(view.grid, before).isActive()).isFalse();
    }

    @Test
    void administrators_may_open_the_page_and_leaders_and_quality_may_not() {
        login("admin-statusside", Roles.ADMIN);
        UI.getCurrent().navigate(StatusLabelsView.class);
        _assertOne(StatusLabelsView.class);

        for (String role : new String[] {Roles.LEADER, Roles.QUALITY, Roles.POLITICIAN}) {
            login("uten-rett-" + role, role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(StatusLabelsView.class)).as(role)
                    .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        }
        TestSecurity.clear();
    }
}
