package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.BodyMembership;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;

/**
 * The organisation tree with each unit's leader, and the political bodies with their members; administrators create,
 * rename and deactivate bodies and give people seats in them.
 */
@Route(OrganisationLinks.ORGANISATION)
@RolesAllowed({Roles.ADMIN, Roles.MANAGEMENT, Roles.QUALITY})
@Menu(order = 80, icon = "vaadin:sitemap", title = "nav.organisation")
public class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService service;
    private final TreeGrid<UnitNode> units = new TreeGrid<>();
    private final Grid<PoliticalBody> bodies = new Grid<>(PoliticalBody.class, false);
    private final Grid<BodyMembership> members = new Grid<>(BodyMembership.class, false);
    private final Button editBody = new Button();
    private final Button addMember = new Button();

    public OrganisationView(OrganisationService service, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        // closed units are history: the administrator sees them in the organisation chart (decision 020)
        List<UnitNode> tree = service.unitTree().stream().filter(UnitNode::active).toList();
        Map<Long, UnitNode> byId = tree.stream().collect(Collectors.toMap(UnitNode::id, Function.identity()));
        Map<Long, String> leaderNames = leaderNames(tree);

        units.addHierarchyColumn(UnitNode::displayName).setHeader(getTranslation("org.unit"));
        units.addColumn(n -> getTranslation("org.type." + n.type())).setHeader(getTranslation("org.type"));
        units.addColumn(n -> leaderNames.getOrDefault(n.leaderId(), "")).setHeader(getTranslation("org.leader"));
        units.setItems(tree.stream().filter(n -> n.parentId() == null || !byId.containsKey(n.parentId())).toList(),
                parent -> tree.stream().filter(n -> Objects.equals(n.parentId(), parent.id())).toList());
        units.setHeight("420px");
        units.setId("org-units");
        if (auth.hasRole(Roles.ADMIN)) {
            units.addComponentColumn(this::leaderPicker).setHeader(getTranslation("org.setLeader"));
        }
        RouterLink editChart = new RouterLink(getTranslation("org.chart.edit"), OrgChartView.class);
        editChart.setId("edit-org-chart");
        editChart.setVisible(auth.hasRole(Roles.ADMIN));

        bodies.addColumn(PoliticalBody::getName).setHeader(getTranslation("org.body"));
        bodies.addColumn(PoliticalBody::getShortName).setHeader(getTranslation("org.shortName"));
        bodies.addColumn(b -> getTranslation("org.bodyType." + b.getType())).setHeader(getTranslation("org.type"));
        bodies.setId("org-bodies");
        members.setId("org-members");
        members.addColumn(m -> m.getMember().getFullName()).setHeader(getTranslation("org.member"));
        members.addColumn(m -> getTranslation("org.seat." + m.getSeat())).setHeader(getTranslation("org.seat"));
        members.addColumn(m -> Formats.date(m.getFromDate())).setHeader(getTranslation("org.from"));
        members.addColumn(m -> Formats.date(m.getToDate())).setHeader(getTranslation("org.to"));

        HorizontalLayout bodyRow = new HorizontalLayout(bodies, members);
        bodyRow.setWidthFull();
        add(new H2(getTranslation("org.units")), editChart, units, new H2(getTranslation("org.bodies")));
        if (auth.hasRole(Roles.ADMIN)) {
            add(bodyActions(tree));
        }
        bodies.asSingleSelect().addValueChangeListener(e -> {
            members.setItems(e.getValue() == null ? List.of() : service.members(e.getValue().getId()));
            editBody.setEnabled(e.getValue() != null);
            addMember.setEnabled(e.getValue() != null);
        });
        add(bodyRow);
    }

    /** The administrator's body actions (issue 12: set-up from an empty database needs at least one body). */
    private HorizontalLayout bodyActions(List<UnitNode> tree) {
        List<UnitNode> municipalities = tree.stream()
                .filter(n -> n.type() == no.kommune.portal.organisation.OrgUnitType.MUNICIPALITY).toList();
        Button newBody = new Button(getTranslation("org.bodyAdmin.new"),
                e -> new BodyDialog(service, municipalities, null, this::refreshBodies).open());
        newBody.setId("new-body");
        editBody.setText(getTranslation("org.bodyAdmin.edit"));
        editBody.setId("edit-body");
        editBody.setEnabled(false);
        editBody.addClickListener(e -> bodies.asSingleSelect().getOptionalValue().ifPresent(b ->
                new BodyDialog(service, municipalities, service.findBody(b.getId()).orElse(b), this::refreshBodies)
                        .open()));
        addMember.setText(getTranslation("org.bodyAdmin.addMember"));
        addMember.setId("add-body-member");
        addMember.setEnabled(false);
        addMember.addClickListener(e -> bodies.asSingleSelect().getOptionalValue().ifPresent(b ->
                new BodyMemberDialog(service, b, () -> members.setItems(service.members(b.getId()))).open()));
        return new HorizontalLayout(newBody, editBody, addMember);
    }

    private void refreshBodies() {
        bodies.setItems(service.activeBodies());
        members.setItems(List.of());
    }

    private Map<Long, String> leaderNames(List<UnitNode> tree) {
        return service.namesOf(tree.stream().map(UnitNode::leaderId).filter(Objects::nonNull).distinct().toList());
    }

    private ComboBox<UserAccount> leaderPicker(UnitNode node) {
        ComboBox<UserAccount> picker = new ComboBox<>();
        picker.setItems(query -> service.searchPeople(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        picker.setItemLabelGenerator(UserAccount::getFullName);
        picker.setPlaceholder(getTranslation("org.choosePerson"));
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                try {
                    service.setLeader(node.id(), e.getValue().getId());
                    Notices.success("org.leaderSet", node.displayName(), e.getValue().getFullName());
                } catch (RuntimeException ex) {
                    Notices.failure(ex);
                }
            }
        });
        return picker;
    }

    /**
     * Fresh bodies on every visit: the router reuses this view when the menu link is clicked again. The unit tree is
     * read once per view; the organisation chart page is where it changes.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refreshBodies();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation");
    }
}
