package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.HistoryGrid;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.organisation.UserAdminService;

/** Creates or edits one account. On any failure the dialog stays open with what was typed. */
class UserEditDialog extends Dialog {

    private final UserAdminService service;
    private final Runnable onSaved;
    private final UserAccount user;
    private final Binder<UserAccount> binder = new Binder<>(UserAccount.class);

    final TextField username = Fields.textField("users.username", TextLimits.USERNAME);
    final TextField fullName = Fields.textField("users.fullName", TextLimits.NAME);
    final TextField jobTitle = Fields.textField("users.jobTitle", TextLimits.NAME);
    final EmailField email = new EmailField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<UnitNode> units = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    UserEditDialog(UserAdminService service, List<UnitNode> unitTree, UserAccount existing, Runnable onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        this.user = existing != null ? existing : new UserAccount("", "");
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("640px");

        username.setId("user-username");
        roles.setId("user-roles");
        password.setId("user-password");
        fullName.setId("user-fullname");
        email.setLabel(getTranslation("users.email"));
        email.setMaxLength(TextLimits.EMAIL);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        // The receiver role is the receivers' own to give (decision 011): shown, never changeable here.
        roles.setItemEnabledProvider(r -> !Roles.WHISTLEBLOWING_RECEIVER.equals(r));
        boolean receiverAccount = user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER);
        if (receiverAccount) {
            roles.setHelperText(getTranslation("users.receiverLocked"));
            password.setVisible(false);
            username.setReadOnly(true);
        }
        units.setLabel(getTranslation("users.units"));
        units.setItems(unitTree);
        units.setItemLabelGenerator(UnitNode::displayName);
        active.setLabel(getTranslation("users.active"));
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.newPassword"));
        password.setHelperText(getTranslation("users.passwordHelp", UserAdminService.MIN_PASSWORD_LENGTH));

        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(Validators.maxLength(TextLimits.USERNAME))
                .withValidator(new RegexpValidator(getTranslation("validation.username"), "[a-zA-Z0-9._@-]+"))
                .bind(UserAccount::getUsername, UserAccount::setUsername);
        binder.forField(fullName).asRequired(getTranslation("validation.required"))
                .withValidator(Validators.text(TextLimits.NAME))
                .bind(UserAccount::getFullName, UserAccount::setFullName);
        binder.forField(jobTitle).withValidator(Validators.text(TextLimits.NAME))
                .bind(UserAccount::getJobTitle, UserAccount::setJobTitle);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(UserAccount::getEmail, UserAccount::setEmail);
        binder.forField(roles).bind(UserAccount::getRoles, UserAccount::setRoles);
        binder.forField(active).bind(UserAccount::isActive, UserAccount::setActive);
        binder.readBean(user);
        Set<Long> memberOf = user.getUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet());
        units.setValue(unitTree.stream().filter(n -> memberOf.contains(n.id())).collect(Collectors.toSet()));

        FormLayout form = new FormLayout(username, fullName, jobTitle, email, roles, units, active, password);
        form.setColspan(roles, 2);
        form.setColspan(units, 2);
        add(form);
        if (existing != null) {
            add(new Details(getTranslation("users.history"), new HistoryGrid(service.history(existing.getId()))));
        }

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        boolean passwordRefused = false;
        password.setInvalid(false);
        if (!password.isEmpty()) {
            // checked before anything is saved, so a refused password leaves no half-saved account
            try {
                service.checkPassword(password.getValue());
            } catch (no.kommune.portal.base.UserFacingException refused) {
                password.setErrorMessage(getTranslation(refused.getMessageKey(), refused.getArgs()));
                password.setInvalid(true);
                passwordRefused = true;
            }
        }
        if (!binder.writeBeanIfValid(user) || passwordRefused) {
            return;
        }
        try {
            Set<Long> unitIds = units.getValue().stream().map(UnitNode::id).collect(Collectors.toCollection(HashSet::new));
            UserAccount saved = service.save(user, unitIds);
            if (!password.isEmpty()) {
                service.setPassword(saved.getId(), password.getValue());
            }
            Notices.success("users.saved", saved.getFullName());
            close();
            onSaved.run();
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }
}
