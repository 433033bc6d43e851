package no.kommune.portal.supervisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;

/** Registers a new supervision or edits one (quality, management). On failure it stays open with what was typed. */
class SupervisionFormDialog extends Dialog {

    final IntegerField year = new IntegerField();
    final TextField sector = Fields.textField("supervisions.sector", TextLimits.NAME);
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final TextField authority = Fields.textField("supervisions.authority", TextLimits.NAME);
    final TextField type = Fields.textField("supervisions.type", TextLimits.NAME);
    final TextField subject = Fields.textField("supervisions.subject", TextLimits.TITLE);
    final TextArea findings = Fields.textArea("supervisions.findings", TextLimits.LONG_TEXT);
    final TextField deadline = Fields.textField("supervisions.deadline", TextLimits.NAME);
    final TextArea measures = Fields.textArea("supervisions.measures", TextLimits.LONG_TEXT);
    final DatePicker openedOn = new DatePicker();
    final TextField relatedCase = Fields.textField("supervisions.relatedCase", TextLimits.TITLE);
    final Button save = new Button();

    SupervisionFormDialog(SupervisionService service, OrganisationService organisation, SupervisionRow row,
            Consumer<SupervisionRow> onSaved) {
        setHeaderTitle(getTranslation(row == null ? "supervisions.new" : "supervisions.edit"));
        setWidth("760px");
        year.setLabel(getTranslation("supervisions.year"));
        year.setMin(1990);
        year.setMax(LocalDate.now(Formats.ZONE).getYear() + 1);
        year.setValue(LocalDate.now(Formats.ZONE).getYear());
        sector.setRequiredIndicatorVisible(true);
        sector.setHelperText(getTranslation("supervisions.sectorHelp"));
        subject.setRequiredIndicatorVisible(true);
        unit.setLabel(getTranslation("supervisions.unit"));
        // a closed unit takes no new supervisions, but an edited one may keep the closed unit it has (decision 020)
        unit.setItems(organisation.unitTree().stream()
                .filter(u -> u.active() || (row != null && u.id().equals(row.unitId()))).toList());
        unit.setItemLabelGenerator(UnitNode::displayName);
        unit.setClearButtonVisible(true);
        deadline.setHelperText(getTranslation("supervisions.deadlineHelp"));
        openedOn.setLabel(getTranslation("supervisions.openedOn"));
        openedOn.setLocale(Formats.NORWEGIAN);
        openedOn.setMax(LocalDate.now(Formats.ZONE));
        openedOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd.MM.yyyy")
                .setBadInputErrorMessage(getTranslation("validation.invalidDate"))
                .setMaxErrorMessage(getTranslation("validation.futureDate")));
        sector.setId("supervision-sector");
        subject.setId("supervision-subject");
        findings.setId("supervision-findings");
        measures.setId("supervision-measures-text");
        if (row != null) {
            year.setValue(row.year());
            sector.setValue(nz(row.sector()));
            if (row.unitId() != null) {
                unit.setValue(unit.getListDataView().getItems().filter(u -> u.id().equals(row.unitId()))
                        .findFirst().orElse(null));
            }
            authority.setValue(nz(row.authority()));
            type.setValue(nz(row.supervisionType()));
            subject.setValue(nz(row.subject()));
            findings.setValue(nz(row.findings()));
            deadline.setValue(nz(row.deadlineText()));
            measures.setValue(nz(row.measures()));
            openedOn.setValue(row.openedOn());
            relatedCase.setValue(nz(row.relatedCase()));
        }
        FormLayout form = new FormLayout(year, sector, unit, authority, type, openedOn, subject, findings, deadline,
                measures, relatedCase);
        form.setColspan(subject, 2);
        form.setColspan(findings, 2);
        form.setColspan(measures, 2);
        form.setColspan(relatedCase, 2);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("supervision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!valid()) {
                return;
            }
            SupervisionDraft draft = new SupervisionDraft(row == null ? null : row.municipality(), year.getValue(),
                    sector.getValue(), unit.getValue() == null ? null : unit.getValue().id(), authority.getValue(),
                    type.getValue(), subject.getValue(), findings.getValue(), deadline.getValue(), measures.getValue(),
                    row == null ? SupervisionStatus.OPEN : row.status(), row == null ? null : row.statusText(),
                    openedOn.getValue(), row == null ? null : row.datesText(), relatedCase.getValue(),
                    row == null ? null : row.notes());
            try {
                SupervisionRow saved = row == null ? service.create(draft) : service.update(row.id(), row.version(), draft);
                Notices.success("supervisions.saved");
                close();
                onSaved.accept(saved);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private boolean valid() {
        boolean ok = required(sector) & required(subject);
        for (TextField f : new TextField[] {sector, authority, type, subject, deadline, relatedCase}) {
            ok &= check(f, f.getMaxLength());
        }
        for (TextArea a : new TextArea[] {findings, measures}) {
            var r = Validators.text(TextLimits.LONG_TEXT).apply(a.getValue(), new ValueContext(a));
            a.setInvalid(r.isError());
            a.setErrorMessage(r.isError() ? r.getErrorMessage() : null);
            ok &= !r.isError();
        }
        if (openedOn.isInvalid() || (openedOn.getValue() != null && openedOn.getValue().isAfter(LocalDate.now(Formats.ZONE)))) {
            openedOn.setInvalid(true);
            openedOn.setErrorMessage(getTranslation("validation.futureDate"));
            ok = false;
        }
        if (year.getValue() == null || year.isInvalid()) {
            year.setInvalid(true);
            year.setErrorMessage(getTranslation("validation.required"));
            ok = false;
        }
        return ok;
    }

    private boolean required(TextField f) {
        if (f.getValue() == null || f.getValue().isBlank()) {
            f.setInvalid(true);
            f.setErrorMessage(getTranslation("validation.required"));
            return false;
        }
        return true;
    }

    private boolean check(TextField f, double max) {
        if (f.isInvalid() && (f.getValue() == null || f.getValue().isBlank())) {
            return false;
        }
        var r = Validators.text((int) max).apply(f.getValue(), new ValueContext(f));
        if (r.isError()) {
            f.setInvalid(true);
            f.setErrorMessage(r.getErrorMessage());
            return false;
        }
        f.setInvalid(false);
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
