package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.decisions.Decision;
import no.kommune.portal.decisions.DecisionDraft;
import no.kommune.portal.decisions.DecisionKind;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.DecisionRegistry;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;

/** The kommunedirektør's staff registers a decision with its mandates in one flow. */
@Route(DecisionLinks.REGISTER)
@RolesAllowed(Roles.MANAGEMENT)
public class RegisterDecisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DecisionRegistry registry;
    private final OrganisationService organisation;
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final DatePicker meetingDate = new DatePicker();
    final TextField caseNumbers = Fields.textField("decisions.caseNumbers", 200);
    final TextField archiveReference = Fields.textField("decisions.archiveReference", 40);
    final TextField title = Fields.textField("decisions.decisionTitle", TextLimits.TITLE);
    final TextArea decisionText = Fields.textArea("decisions.decisionText", TextLimits.LONG_TEXT);
    final Select<DecisionKind> kind = new Select<>();
    final List<MandateForm> mandateForms = new ArrayList<>();
    private final VerticalLayout mandatesLayout = new VerticalLayout();
    final Button save = new Button();
    final CaseNumberWarning caseNumberWarning;

    public RegisterDecisionView(DecisionRegistry registry, OrganisationService organisation) {
        this.registry = registry;
        this.organisation = organisation;
        body.setLabel(getTranslation("decisions.body"));
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setRequiredIndicatorVisible(true);
        body.setId("decision-body");
        caseNumbers.setId("decision-case-numbers");
        meetingDate.setLabel(getTranslation("decisions.meetingDate"));
        meetingDate.setLocale(no.kommune.portal.base.Formats.NORWEGIAN);
        meetingDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd.MM.yyyy")
                .setBadInputErrorMessage(getTranslation("validation.invalidDate")));
        title.setRequiredIndicatorVisible(true);
        title.setId("decision-title");
        caseNumbers.setHelperText(getTranslation("decisions.caseNumbersHelp"));
        caseNumberWarning = new CaseNumberWarning(typed -> registry.existingCaseNumbers(typed, null));
        caseNumbers.addValueChangeListener(e -> caseNumberWarning.check(e.getValue()));
        kind.setLabel(getTranslation("decisions.kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("decisions.kind." + k));

        FormLayout form = new FormLayout(body, meetingDate, caseNumbers, archiveReference, kind, title, decisionText);
        form.setColspan(title, 2);
        form.setColspan(decisionText, 2);
        Button addMandate = new Button(getTranslation("decisions.addMandate"), e -> addMandate());
        addMandate.setId("add-mandate");
        save.setText(getTranslation("decisions.saveDecision"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-decision");
        save.addClickListener(e -> save());
        mandatesLayout.setPadding(false);
        add(form, caseNumberWarning, new H2(getTranslation("decisions.mandates")), mandatesLayout, addMandate, save);
    }

    void addMandate() {
        MandateForm form = new MandateForm(organisation);
        mandateForms.add(form);
        mandatesLayout.add(form);
    }

    private void save() {
        boolean valid = check(title, TextLimits.TITLE, true) & check(caseNumbers, 200, false)
                & check(archiveReference, 40, false) & check(decisionText, TextLimits.LONG_TEXT, false);
        if (body.isEmpty()) {
            body.setInvalid(true);
            body.setErrorMessage(getTranslation("decisions.error.bodyRequired"));
            valid = false;
        }
        if (meetingDate.isInvalid()) {
            valid = false;
        }
        for (MandateForm m : mandateForms) {
            valid &= m.validate();
        }
        if (!valid) {
            return;
        }
        try {
            Decision saved = registry.register(new DecisionDraft(body.getValue().getId(), meetingDate.getValue(),
                    caseNumbers.getValue(), archiveReference.getValue(), title.getValue(), decisionText.getValue(),
                    kind.getValue(), mandateForms.stream().map(MandateForm::draft).toList()));
            Notices.success("decisions.registered", saved.getTitle());
            UI.getCurrent().navigate(FollowUpListView.class);
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    static boolean check(com.vaadin.flow.component.HasValue<?, String> field, int max, boolean required) {
        var component = (com.vaadin.flow.component.Component) field;
        var hasValidation = (com.vaadin.flow.component.HasValidation) field;
        String value = field.getValue();
        if (required && (value == null || value.isBlank())) {
            hasValidation.setErrorMessage(component.getTranslation("validation.required"));
            hasValidation.setInvalid(true);
            return false;
        }
        var result = Validators.text(max).apply(value, new com.vaadin.flow.data.binder.ValueContext(component));
        hasValidation.setInvalid(result.isError());
        hasValidation.setErrorMessage(result.isError() ? result.getErrorMessage() : null);
        return !result.isError();
    }

    /** One mandate of the decision being registered. */
    static class MandateForm extends FormLayout {
        final TextField itemRef = Fields.textField("decisions.itemRef", 200);
        final TextField mandateTitle = Fields.textField("decisions.mandateTitle", TextLimits.TITLE);
        final TextArea description = Fields.textArea("decisions.description", TextLimits.LONG_TEXT);
        final DatePicker deadline = new DatePicker();
        final TextField deadlineText = Fields.textField("decisions.deadlineText", 200);
        final ComboBox<UserAccount> owner = new ComboBox<>();
        final MultiSelectComboBox<UserAccount> responsibles = new MultiSelectComboBox<>();
        final ComboBox<UnitNode> unit = new ComboBox<>();

        MandateForm(OrganisationService organisation) {
            mandateTitle.setRequiredIndicatorVisible(true);
            mandateTitle.addClassName("mandate-title");
            deadline.addClassName("mandate-deadline");
            deadlineText.addClassName("mandate-deadline-text");
            responsibles.addClassName("mandate-responsibles");
            deadline.setLabel(getTranslation("decisions.deadline"));
            deadline.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd.MM.yyyy")
                    .setBadInputErrorMessage(getTranslation("validation.invalidDate")));
            deadlineText.setHelperText(getTranslation("decisions.deadlineTextHelp"));
            owner.setLabel(getTranslation("decisions.owner"));
            owner.setItems(q -> organisation.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            owner.setItemLabelGenerator(UserAccount::getFullName);
            responsibles.setLabel(getTranslation("decisions.responsible"));
            responsibles.setItems(q -> organisation.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            responsibles.setItemLabelGenerator(UserAccount::getFullName);
            unit.setLabel(getTranslation("decisions.unit"));
            unit.setItems(organisation.unitTree().stream().filter(UnitNode::active).toList());
            unit.setItemLabelGenerator(UnitNode::displayName);
            add(itemRef, mandateTitle, description, deadline, deadlineText, owner, responsibles, unit);
            setColspan(mandateTitle, 1);
            setColspan(description, 2);
            getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
        }

        boolean validate() {
            return check(mandateTitle, TextLimits.TITLE, true) & check(itemRef, 200, false)
                    & check(description, TextLimits.LONG_TEXT, false) & check(deadlineText, 200, false)
                    & !deadline.isInvalid();
        }

        /** Empties every field, for the next mandate. */
        void clear() {
            itemRef.clear();
            mandateTitle.clear();
            description.clear();
            deadline.clear();
            deadlineText.clear();
            owner.clear();
            responsibles.clear();
            unit.clear();
        }

        DecisionDraft.MandateDraft draft() {
            return new DecisionDraft.MandateDraft(itemRef.getValue(), mandateTitle.getValue(), description.getValue(),
                    deadline.getValue(), deadlineText.getValue(),
                    owner.getValue() == null ? null : owner.getValue().getId(),
                    responsibles.getValue().stream().map(UserAccount::getId).collect(Collectors.toSet()),
                    unit.getValue() == null ? null : unit.getValue().id());
        }
    }

    /**
     * An empty form with one mandate on every visit: the router reuses this view when "Registrer vedtak" is clicked
     * again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.setItems(organisation.activeBodies());
        body.clear();
        body.setInvalid(false);
        meetingDate.clear();
        caseNumbers.clear();
        archiveReference.clear();
        title.clear();
        title.setInvalid(false);
        decisionText.clear();
        kind.setValue(DecisionKind.POLITICAL_CASE);
        mandatesLayout.removeAll();
        mandateForms.clear();
        addMandate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.register");
    }
}
