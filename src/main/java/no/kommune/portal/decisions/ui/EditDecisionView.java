package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionCorrections;
import no.kommune.portal.decisions.DecisionCorrections.DecisionFields;
import no.kommune.portal.decisions.DecisionCorrections.EditableDecision;
import no.kommune.portal.decisions.DecisionCorrections.EditableMandate;
import no.kommune.portal.decisions.DecisionKind;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;

/**
 * Management corrects a registered decision and its mandates: every field, each save recorded field by field
 * in the history (shown on the mandate's page). The decision and each mandate are saved separately, each with
 * the version it was loaded with, so a save over someone else's change is refused with "reload".
 */
@Route(DecisionLinks.EDIT)
@RolesAllowed(Roles.MANAGEMENT)
public class EditDecisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DecisionCorrections service;
    private final OrganisationService organisation;
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final DatePicker meetingDate = new DatePicker();
    final TextField caseNumbers = Fields.textField("decisions.caseNumbers", 200);
    final TextField archiveReference = Fields.textField("decisions.archiveReference", 40);
    final TextField title = Fields.textField("decisions.decisionTitle", TextLimits.TITLE);
    final TextArea decisionText = Fields.textArea("decisions.decisionText", TextLimits.LONG_TEXT);
    final Select<DecisionKind> kind = new Select<>();
    final TextArea reason = Fields.textArea("decisions.correct.reason", TextLimits.LONG_TEXT);
    final Button save = new Button();
    final CaseNumberWarning caseNumberWarning;
    final List<MandateCorrectionForm> mandateForms = new ArrayList<>();
    private final VerticalLayout mandatesLayout = new VerticalLayout();
    final RegisterDecisionView.MandateForm newMandate;
    final TextArea newMandateReason = Fields.textArea("decisions.correct.addReason", TextLimits.LONG_TEXT);
    final Button addMandate = new Button();
    private final H2 heading = new H2();
    private Long decisionId;
    private long version;

    public EditDecisionView(DecisionCorrections service, OrganisationService organisation) {
        this.service = service;
        this.organisation = organisation;
        body.setLabel(getTranslation("decisions.body"));
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setRequiredIndicatorVisible(true);
        body.setId("decision-body");
        meetingDate.setLabel(getTranslation("decisions.meetingDate"));
        meetingDate.setLocale(Formats.NORWEGIAN);
        meetingDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd.MM.yyyy")
                .setBadInputErrorMessage(getTranslation("validation.invalidDate")));
        title.setRequiredIndicatorVisible(true);
        title.setId("decision-title");
        caseNumbers.setId("decision-case-numbers");
        caseNumbers.setHelperText(getTranslation("decisions.caseNumbersHelp"));
        caseNumberWarning = new CaseNumberWarning(typed -> service.existingCaseNumbers(typed, decisionId));
        caseNumbers.addValueChangeListener(e -> caseNumberWarning.check(e.getValue()));
        kind.setLabel(getTranslation("decisions.kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("decisions.kind." + k));
        reason.setHelperText(getTranslation("decisions.correct.reasonHelp"));
        reason.setId("decision-reason");
        save.setText(getTranslation("decisions.correct.saveDecision"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-decision-correction");
        save.addClickListener(e -> saveDecision());

        FormLayout form = new FormLayout(body, meetingDate, caseNumbers, archiveReference, kind, title, decisionText,
                reason);
        form.setColspan(title, 2);
        form.setColspan(decisionText, 2);
        form.setColspan(reason, 2);
        mandatesLayout.setPadding(false);
        newMandate = new RegisterDecisionView.MandateForm(organisation);
        newMandate.setId("new-mandate");
        newMandateReason.setId("new-mandate-reason");
        newMandate.add(newMandateReason);
        newMandate.setColspan(newMandateReason, 2);
        addMandate.setText(getTranslation("decisions.correct.addButton"));
        addMandate.setId("add-mandate");
        addMandate.addClickListener(e -> addMandate());
        add(heading, new Paragraph(getTranslation("decisions.correct.intro")), form, caseNumberWarning, save,
                new H3(getTranslation("decisions.mandates")), mandatesLayout,
                new H3(getTranslation("decisions.correct.addHeading")),
                new Paragraph(getTranslation("decisions.correct.addIntro")), newMandate, addMandate);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.decisionId = id;
        load();
    }

    private void load() {
        EditableDecision decision = service.load(decisionId);
        version = decision.version();
        DecisionFields f = decision.fields();
        heading.setText(getTranslation("decisions.correct.heading", f.title()));
        // the router reuses this view for the next decision: fresh choices, and no message of the last one stays
        body.setItems(organisation.activeBodies());
        body.setInvalid(false);
        title.setInvalid(false);
        reason.setInvalid(false);
        newMandate.clear();
        newMandateReason.clear();
        body.setValue(body.getListDataView().getItems().filter(b -> b.getId().equals(f.bodyId())).findFirst()
                .orElse(null));
        meetingDate.setValue(f.meetingDate());
        caseNumbers.setValue(nullToEmpty(f.caseNumbers()));
        archiveReference.setValue(nullToEmpty(f.archiveReference()));
        title.setValue(f.title());
        decisionText.setValue(nullToEmpty(f.decisionText()));
        kind.setValue(f.kind());
        reason.clear();
        mandatesLayout.removeAll();
        mandateForms.clear();
        for (EditableMandate m : decision.mandates()) {
            MandateCorrectionForm form = new MandateCorrectionForm(organisation, m, this::saveMandate);
            mandateForms.add(form);
            mandatesLayout.add(form);
        }
    }

    private void saveDecision() {
        boolean valid = RegisterDecisionView.check(title, TextLimits.TITLE, true)
                & RegisterDecisionView.check(caseNumbers, 200, false)
                & RegisterDecisionView.check(archiveReference, 40, false)
                & RegisterDecisionView.check(decisionText, TextLimits.LONG_TEXT, false)
                & RegisterDecisionView.check(reason, TextLimits.LONG_TEXT, false);
        if (body.isEmpty()) {
            body.setInvalid(true);
            body.setErrorMessage(getTranslation("decisions.error.bodyRequired"));
            valid = false;
        }
        if (!valid || meetingDate.isInvalid()) {
            return;
        }
        try {
            int changed = service.correctDecision(decisionId, version, new DecisionFields(body.getValue().getId(),
                    meetingDate.getValue(), caseNumbers.getValue(), archiveReference.getValue(), title.getValue(),
                    decisionText.getValue(), kind.getValue()), reason.getValue());
            Notices.success(changed == 0 ? "decisions.correct.nothingChanged" : "decisions.correct.saved", changed);
            load();
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    private void saveMandate(MandateCorrectionForm form) {
        if (!form.validate()) {
            return;
        }
        try {
            int changed = service.correctMandate(form.mandateId(), form.version(), form.draft(),
                    form.reason.getValue());
            Notices.success(changed == 0 ? "decisions.correct.nothingChanged" : "decisions.correct.saved", changed);
            load();
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    private void addMandate() {
        if (!(newMandate.validate() & RegisterDecisionView.check(newMandateReason, TextLimits.LONG_TEXT, false))) {
            return;
        }
        try {
            service.addMandate(decisionId, newMandate.draft(), newMandateReason.getValue());
            Notices.success("decisions.correct.added");
            newMandate.clear();
            newMandateReason.clear();
            load();
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.correct.title");
    }

    /** One mandate of the decision: the registration form's fields, a reason and its own save button. */
    static class MandateCorrectionForm extends VerticalLayout {
        final RegisterDecisionView.MandateForm fields;
        final TextArea reason = Fields.textArea("decisions.correct.mandateReason", TextLimits.LONG_TEXT);
        final Button save = new Button();
        private final EditableMandate loaded;

        MandateCorrectionForm(OrganisationService organisation, EditableMandate m,
                java.util.function.Consumer<MandateCorrectionForm> onSave) {
            this.loaded = m;
            this.fields = new RegisterDecisionView.MandateForm(organisation);
            setPadding(false);
            addClassName("mandate-correction");
            fields.itemRef.setValue(nullToEmpty(m.itemRef()));
            fields.mandateTitle.setValue(m.title());
            fields.description.setValue(nullToEmpty(m.description()));
            fields.deadline.setValue(m.deadline());
            fields.deadlineText.setValue(nullToEmpty(m.deadlineText()));
            fields.owner.setValue(m.owner());
            fields.responsibles.setValue(m.responsibles());
            fields.unit.setValue(m.unitId() == null ? null : fields.unit.getListDataView().getItems()
                    .filter(u -> u.id().equals(m.unitId())).findFirst().orElse(null));
            reason.setHelperText(getTranslation("decisions.correct.mandateReasonHelp"));
            reason.addClassName("mandate-reason");
            fields.add(reason);
            fields.setColspan(reason, 2);
            save.setText(getTranslation("decisions.correct.saveMandate"));
            save.addClassName("save-mandate-correction");
            save.addClickListener(e -> onSave.accept(this));
            add(new com.vaadin.flow.component.html.H4(getTranslation("decisions.mandate") + ": " + m.title() + " (" + m.statusLabel() + ")"),
                    fields, save);
        }

        Long mandateId() {
            return loaded.id();
        }

        long version() {
            return loaded.version();
        }

        boolean validate() {
            boolean valid = fields.validate() & RegisterDecisionView.check(reason, TextLimits.LONG_TEXT, false);
            boolean deadlineChanged = !java.util.Objects.equals(fields.deadline.getValue(), loaded.deadline())
                    || !fields.deadlineText.getValue().strip().equals(nullToEmpty(loaded.deadlineText()));
            if (valid && deadlineChanged && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("decisions.error.deadlineReasonRequired"));
                reason.setInvalid(true);
                return false;
            }
            return valid;
        }

        no.kommune.portal.decisions.DecisionDraft.MandateDraft draft() {
            return fields.draft();
        }
    }
}
