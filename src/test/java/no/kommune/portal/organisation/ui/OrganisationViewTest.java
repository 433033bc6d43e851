package no.kommune.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewTest extends KaribuTest {

    @Autowired OrgFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void management_sees_the_unit_tree() {
        OrgUnit kommune = fixtures.municipality();
        OrgUnit oppvekst = fixtures.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(OrganisationView.class);

        _assertOne(OrganisationView.class);
        TreeGrid<UnitNode> tree = _get(TreeGrid.class, spec -> spec.withId("org-units"));
        UnitNode root = tree.getTreeData().getRootItems().stream()
                .filter(n -> n.id().equals(kommune.getId())).findFirst().orElseThrow();
        assertThat(tree.getTreeData().getChildren(root)).extracting(UnitNode::name).containsExactly(oppvekst.getName());
    }

    @Test
    void employee_is_denied_the_organisation_admin() {
        login("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrganisationView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(OrganisationView.class);
    }
}
