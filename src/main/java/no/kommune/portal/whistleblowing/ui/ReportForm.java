package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.whistleblowing.ReportDraft;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/** The report form shared by the employee page and the public page; anonymous unless the reporter un-ticks it. */
class ReportForm extends FormLayout {

    final TextField subject = Fields.textField("whistleblowing.subject", WhistleblowingService.SUBJECT_LIMIT);
    final TextArea description = Fields.textArea("whistleblowing.description", WhistleblowingService.TEXT_LIMIT);
    final DatePicker occurredOn = new DatePicker();
    final TextField concerns = Fields.textField("whistleblowing.concerns", TextLimits.NAME);
    final Checkbox anonymous = new Checkbox();
    final TextField name = Fields.textField("whistleblowing.name", TextLimits.NAME);
    final TextField contact = Fields.textField("whistleblowing.contact", TextLimits.EMAIL);

    ReportForm() {
        subject.setRequiredIndicatorVisible(true);
        subject.setId("wb-subject");
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("whistleblowing.descriptionHelp"));
        description.setId("wb-description");
        description.setMinHeight("12em");
        occurredOn.setLabel(getTranslation("whistleblowing.occurredOn"));
        occurredOn.setLocale(Formats.NORWEGIAN);
        occurredOn.setMax(LocalDate.now(Formats.ZONE));
        occurredOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd.MM.yyyy")
                .setBadInputErrorMessage(getTranslation("validation.invalidDate"))
                .setMaxErrorMessage(getTranslation("validation.futureDate")));
        anonymous.setLabel(getTranslation("whistleblowing.anonymous"));
        anonymous.setValue(true);
        anonymous.setId("wb-anonymous");
        name.setVisible(false);
        contact.setVisible(false);
        anonymous.addValueChangeListener(e -> {
            name.setVisible(!e.getValue());
            contact.setVisible(!e.getValue());
        });
        add(subject, description, occurredOn, concerns, anonymous, name, contact);
        setColspan(subject, 2);
        setColspan(description, 2);
        setColspan(anonymous, 2);
    }

    /** Checks the fields in the browser's terms; the service checks again. Nothing typed is cleared. */
    boolean validate() {
        boolean ok = required(subject) & required(description);
        ok &= text(subject, WhistleblowingService.SUBJECT_LIMIT) & text(concerns, TextLimits.NAME)
                & text(name, TextLimits.NAME) & text(contact, TextLimits.EMAIL);
        var r = Validators.text(WhistleblowingService.TEXT_LIMIT).apply(description.getValue(), new ValueContext(description));
        if (r.isError()) {
            description.setInvalid(true);
            description.setErrorMessage(r.getErrorMessage());
            ok = false;
        }
        if (occurredOn.isInvalid()
                || (occurredOn.getValue() != null && occurredOn.getValue().isAfter(LocalDate.now(Formats.ZONE)))) {
            occurredOn.setInvalid(true);
            occurredOn.setErrorMessage(getTranslation("validation.futureDate"));
            ok = false;
        }
        return ok;
    }

    ReportDraft draft() {
        return new ReportDraft(subject.getValue(), description.getValue(), occurredOn.getValue(), concerns.getValue(),
                anonymous.getValue(), name.getValue(), contact.getValue());
    }

    private boolean required(com.vaadin.flow.component.textfield.TextFieldBase<?, String> f) {
        if (f.getValue() == null || f.getValue().isBlank()) {
            f.setInvalid(true);
            f.setErrorMessage(getTranslation("validation.required"));
            return false;
        }
        return true;
    }

    private boolean text(TextField f, int max) {
        var r = Validators.text(max).apply(f.getValue(), new ValueContext(f));
        if (r.isError()) {
            f.setInvalid(true);
            f.setErrorMessage(r.getErrorMessage());
            return false;
        }
        return true;
    }
}
