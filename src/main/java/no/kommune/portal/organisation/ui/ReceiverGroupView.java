package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.ReceiverGroupService;
import no.kommune.portal.organisation.ReceiverGroupService.Candidate;
import no.kommune.portal.organisation.ReceiverGroupService.Member;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAdminService;

/**
 * The receivers manage their own group (decision 011): add an account (with a new password they choose), remove
 * a member, set a new password for a member. Administrators have no way here; every change tells all receivers.
 */
@Route(OrganisationLinks.RECEIVER_GROUP)
@RolesAllowed(Roles.WHISTLEBLOWING_RECEIVER)
@Menu(order = 63, icon = "vaadin:group", title = "receivers.nav")
public class ReceiverGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReceiverGroupService service;
    final Grid<Member> grid = new Grid<>();
    final ComboBox<Candidate> candidate = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button add = new Button();

    public ReceiverGroupView(ReceiverGroupService service) {
        this.service = service;
        setSizeFull();
        grid.setId("receiver-group");
        grid.addColumn(m -> m.me() ? m.fullName() + " " + getTranslation("receivers.you") : m.fullName())
                .setHeader(getTranslation("receivers.fullName")).setFlexGrow(2);
        grid.addColumn(Member::username).setHeader(getTranslation("receivers.username")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.active() ? "receivers.active" : "receivers.inactive"))
                .setHeader(getTranslation("receivers.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        candidate.setId("receiver-candidate");
        candidate.setLabel(getTranslation("receivers.add.user"));
        candidate.setItemLabelGenerator(c -> c.fullName() + " (" + c.username() + ")");
        candidate.setItems(query -> service.candidates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        candidate.setWidth("24em");
        password.setId("receiver-password");
        password.setLabel(getTranslation("receivers.add.password"));
        password.setHelperText(getTranslation("receivers.add.passwordHelp", UserAdminService.MIN_PASSWORD_LENGTH));
        add.setId("receiver-add");
        add.setText(getTranslation("receivers.add.button"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> grant());
        HorizontalLayout addRow = new HorizontalLayout(candidate, password, add);
        addRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        addRow.setWrap(true);

        add(new Paragraph(getTranslation("receivers.help")), grid, new H2(getTranslation("receivers.add.title")), addRow);
    }

    private HorizontalLayout actions(Member member) {
        Button reset = new Button(getTranslation("receivers.resetPassword"), e -> openReset(member));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("receivers.remove"), e -> revoke(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(reset, remove);
    }

    private void grant() {
        Candidate picked = candidate.getValue();
        try {
            service.grant(picked == null ? null : picked.id(), password.getValue());
            Notices.success("receivers.granted", picked.fullName());
            candidate.clear();
            password.clear();
            refresh();
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    private void revoke(Member member) {
        try {
            service.revoke(member.id());
            Notices.success("receivers.revoked", member.fullName());
            refresh();
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    private void openReset(Member member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("receivers.resetPassword.title", member.fullName()));
        PasswordField newPassword = new PasswordField(getTranslation("receivers.add.password"));
        newPassword.setHelperText(getTranslation("receivers.add.passwordHelp", UserAdminService.MIN_PASSWORD_LENGTH));
        dialog.add(newPassword);
        Button save = new Button(getTranslation("receivers.resetPassword.save"), e -> {
            try {
                service.resetPassword(member.id(), newPassword.getValue());
                Notices.success("receivers.passwordSet", member.fullName());
                dialog.close();
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.members());
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receivers.title");
    }
}
