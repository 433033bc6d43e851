package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationCategory;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UnitNode;

/**
 * Reporting a deviation, made to take under a minute: the unit is preselected from where the reporter
 * works and "when" defaults to now. On a refused input the form keeps everything that was typed.
 */
@Route(DeviationLinks.REPORT)
@PermitAll
@Menu(order = 30, icon = "vaadin:warning", title = "deviations.menu.report")
public class ReportDeviationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeviationService service;
    private final OrganisationService organisation;
    final TextField title = Fields.textField("deviations.field.title", TextLimits.NAME);
    final TextArea description = Fields.textArea("deviations.label.description", TextLimits.LONG_TEXT);
    final DateTimePicker occurredAt = new DateTimePicker();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final TextField locationText = Fields.textField("deviations.label.locationText", TextLimits.NAME);
    final ComboBox<DeviationCategory> category = new ComboBox<>();
    final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>();
    final TextArea immediateAction = Fields.textArea("deviations.label.immediateAction", TextLimits.LONG_TEXT);
    final Checkbox personalData = new Checkbox();
    final Button submit = new Button();
    final Div error = new Div();

    public ReportDeviationView(DeviationService service, OrganisationService organisation) {
        this.service = service;
        this.organisation = organisation;
        setMaxWidth("800px");
        title.setRequired(true);
        title.setWidthFull();
        title.setId("deviation-title");
        description.setRequired(true);
        description.setId("deviation-description");
        occurredAt.setLabel(getTranslation("deviations.field.occurredAt"));
        occurredAt.setLocale(Formats.NORWEGIAN);
        occurredAt.setRequiredIndicatorVisible(true);
        unit.setLabel(getTranslation("deviations.field.unit"));
        unit.setItemLabelGenerator(DeviationLabels::unit);
        unit.setRequired(true);
        unit.setWidthFull();
        category.setLabel(getTranslation("deviations.field.category"));
        category.setItemLabelGenerator(DeviationCategory::getName);
        category.setRequired(true);
        category.setId("deviation-category");
        category.setWidthFull();
        severity.setLabel(getTranslation("deviations.field.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.key()));
        personalData.setLabel(getTranslation("deviations.field.personalData"));
        personalData.setId("deviation-personal");
        error.setId("report-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        submit.setText(getTranslation("deviations.report.submit"));
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());

        add(new H2(getTranslation("deviations.report.title")), new Paragraph(getTranslation("deviations.report.intro")),
                title, description, occurredAt, unit, locationText, category, severity, immediateAction,
                personalData, error, submit);
    }

    void submit() {
        error.setText("");
        DeviationDraft draft = new DeviationDraft(title.getValue(), description.getValue(), occurredAt.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), locationText.getValue(),
                category.getValue() == null ? null : category.getValue().getId(), severity.getValue(),
                immediateAction.getValue(), personalData.getValue());
        try {
            DeviationViews.Receipt r = service.report(draft);
            // a page of its own: the thank-you can never be scrolled out of sight or mistaken for a failed send
            UI.getCurrent().navigate(DeviationReceiptView.class, r.id());
        } catch (RuntimeException ex) {
            error.setText(DeviationLabels.message(this, ex));
        }
    }

    /**
     * An empty form with today's choices on every visit: the router reuses this view when "Meld avvik" is clicked
     * again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title.clear();
        description.clear();
        locationText.clear();
        immediateAction.clear();
        personalData.clear();
        error.setText("");
        LocalDateTime now = LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.MINUTES);
        occurredAt.setValue(now);
        occurredAt.setMax(now.plusMinutes(5));
        // a closed unit takes no new reports (decision 020)
        List<UnitNode> units = organisation.unitTree().stream().filter(UnitNode::active).toList();
        unit.setItems(units);
        unit.setValue(service.defaultUnitId().flatMap(id -> units.stream().filter(u -> u.id().equals(id)).findFirst())
                .orElse(null));
        category.setItems(service.categories());
        category.clear();
        severity.setValue(Severity.MEDIUM);
        for (HasValidation field : List.<HasValidation>of(title, description, locationText, immediateAction, unit,
                category, occurredAt)) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.report.title");
    }
}
