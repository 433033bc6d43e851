package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.kommune.portal.base.ui.GridPaging;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.organisation.UserAdminService;

/** Administrators manage accounts, roles and unit memberships. Accounts are deactivated, never deleted. */
@Route(OrganisationLinks.USERS)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
public class UserAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAdminService service;
    private final OrganisationService organisation;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField search = new TextField();
    private final ComboBox<String> roleFilter = new ComboBox<>();
    private final Checkbox showInactive = new Checkbox();

    public UserAdminView(UserAdminService service, OrganisationService organisation) {
        this.service = service;
        this.organisation = organisation;
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setPlaceholder(getTranslation("users.role"));
        roleFilter.setItems(Roles.ALL);
        roleFilter.setItemLabelGenerator(r -> getTranslation("role." + r));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> refresh());
        showInactive.setLabel(getTranslation("users.showInactive"));
        showInactive.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("users.new"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");
        Button importUsers = new Button(getTranslation("users.import.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(UserImportView.class)));
        importUsers.setId("import-users");

        grid.addColumn(UserAccount::getFullName).setHeader(getTranslation("users.fullName")).setSortProperty("fullName");
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("users.username")).setSortProperty("username");
        grid.addColumn(UserAccount::getJobTitle).setHeader(getTranslation("users.jobTitle"));
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation("role." + r)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation(u.isActive() ? "users.active" : "users.inactive"))
                .setHeader(getTranslation("users.status"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, showInactive, add, importUsers);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(toolbar, grid);
    }

    private UserAdminService.Filter filter() {
        return new UserAdminService.Filter(search.getValue(), roleFilter.getValue(), showInactive.getValue());
    }

    private void refresh() {
        UserAdminService.Filter filter = filter();
        grid.setItems(query -> service.page(filter, GridPaging.slice(query)).stream(),
                query -> (int) service.count(filter));
    }

    private void edit(UserAccount user) {
        UserAccount loaded = user == null ? null : service.find(user.getId()).orElse(null);
        new UserEditDialog(service, organisation.unitTree().stream().filter(UnitNode::active).toList(), loaded,
                this::refresh).open();
    }

    Grid<UserAccount> grid() {
        return grid;
    }

    /** No filter and fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search.clear();
        roleFilter.clear();
        showInactive.clear();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
