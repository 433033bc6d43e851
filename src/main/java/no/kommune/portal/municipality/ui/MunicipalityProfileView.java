package no.kommune.portal.municipality.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.UnaryOperator;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.LimitedUpload;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityLinks;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.municipality.MunicipalityProfileService.LogoChange;
import no.kommune.portal.municipality.MunicipalityRules;
import no.kommune.portal.organisation.Roles;

/**
 * The administrator's page for the municipality profile: name, kommunenummer, accent colour (with a preview and
 * its contrast against white) and logo (PNG). Each field is checked by the service's own rules before saving and
 * says what is wrong beside itself; nothing typed is lost on a refusal, and a profile changed by someone else in
 * the meantime is refused with "changed by someone else - reload".
 */
@Route(MunicipalityLinks.PROFILE)
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, icon = "vaadin:flag", title = "municipality.title")
public class MunicipalityProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MunicipalityProfileService service;
    private final TextField name = Fields.textField("municipality.name", MunicipalityRules.NAME_MAX);
    private final TextField number = Fields.textField("municipality.number", 4);
    private final TextField colour = Fields.textField("municipality.colour", 7);
    private final Div preview = new Div();
    private final Span contrast = new Span();
    private final Div currentLogo = new Div();
    private final Span logoStatus = new Span();
    private final Paragraph defaultsNote = new Paragraph();
    private Long version;
    private LogoChange logoChange = LogoChange.KEEP;
    private byte[] newLogo;

    public MunicipalityProfileView(MunicipalityProfileService service) {
        this.service = service;
        setMaxWidth("48rem");
        // the fields show the service's own rules' messages (check below), which the built-in checks must not clear
        name.setManualValidation(true);
        number.setManualValidation(true);
        colour.setManualValidation(true);
        name.setId("municipality-name");
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("municipality.name.help"));
        name.setWidthFull();
        number.setId("municipality-number");
        number.setRequiredIndicatorVisible(true);
        number.setHelperText(getTranslation("municipality.number.help"));
        number.setAllowedCharPattern("[0-9]");
        colour.setId("municipality-colour");
        colour.setHelperText(getTranslation("municipality.colour.help"));
        colour.setPlaceholder("#1f5e8c");
        colour.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        colour.addValueChangeListener(e -> showPreview());
        preview.setId("municipality-preview");
        preview.addClassNames("portal-municipality", "portal-municipality-preview");
        contrast.setId("municipality-contrast");
        defaultsNote.setId("municipality-defaults-note");
        defaultsNote.setText(getTranslation("municipality.defaultsNote"));

        Upload upload = new Upload(LimitedUpload.smallFile(MunicipalityRules.LOGO_MAX_BYTES,
                "municipality.error.logoTooLarge", this::receiveLogo, Notices::failure));
        upload.setId("municipality-logo-upload");
        // what the file picker offers; not setAcceptedFileExtensions/MimeTypes, which would reject an SVG on the
        // server with Vaadin's English text before MunicipalityRules says why in the user's language
        upload.getElement().setProperty("accept", "image/png,.png");
        upload.setMaxFiles(1);
        Button removeLogo = new Button(getTranslation("municipality.logo.remove"), e -> removeLogo());
        removeLogo.setId("municipality-logo-remove");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        currentLogo.setId("municipality-current-logo");
        logoStatus.setId("municipality-logo-status");
        logoStatus.getElement().setAttribute("role", "status");

        Button save = new Button(getTranslation("municipality.save"), e -> save());
        save.setId("municipality-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new Paragraph(getTranslation("municipality.help")), defaultsNote, name, number, colour,
                new HorizontalLayout(new Span(getTranslation("municipality.colour.preview") + ":"), preview, contrast),
                new H2(getTranslation("municipality.logo")),
                new Paragraph(getTranslation("municipality.logo.help", MunicipalityRules.LOGO_MAX_BYTES / 1024,
                        MunicipalityRules.LOGO_MAX_PIXELS)),
                currentLogo, upload, removeLogo, logoStatus, save);
    }

    private void load(Municipality m) {
        version = m.version();
        name.setValue(m.name() == null ? "" : m.name());
        number.setValue(m.number() == null ? "" : m.number());
        colour.setValue(m.accentColour() == null ? "" : m.accentColour());
        defaultsNote.setVisible(!m.saved());
        logoChange = LogoChange.KEEP;
        newLogo = null;
        logoStatus.setText("");
        currentLogo.removeAll();
        if (m.hasLogo()) {
            currentLogo.add(new MunicipalityBrand(service, "municipality-logo-preview"));
        } else {
            currentLogo.add(new Span(getTranslation("municipality.logo.none")));
        }
        showPreview();
    }

    /** The uploaded file, checked at once so the administrator hears now, not at saving, that it is no PNG. */
    void receiveLogo(String fileName, byte[] content) {
        try {
            MunicipalityRules.logo(content);
            newLogo = content;
            logoChange = LogoChange.REPLACE;
            logoStatus.setText(getTranslation("municipality.logo.chosen", fileName));
        } catch (UserFacingException refused) {
            logoStatus.setText(message(refused));
            Notices.failure(refused);
        }
    }

    private void removeLogo() {
        newLogo = null;
        logoChange = LogoChange.REMOVE;
        logoStatus.setText(getTranslation("municipality.logo.removeChosen"));
    }

    private void showPreview() {
        String value = colour.getValue();
        preview.removeAll();
        preview.add(new Span(name.getValue().isBlank() ? getTranslation("municipality.name") : name.getValue()));
        try {
            String checked = value == null || value.isBlank() ? null : checkedFormat(value.strip());
            if (checked == null) {
                preview.getStyle().remove("background-color").remove("color");
                contrast.setText("");
            } else {
                preview.getStyle().set("background-color", checked).set("color", "#ffffff");
                contrast.setText(getTranslation("municipality.colour.contrast",
                        Math.floor(MunicipalityRules.contrastWithWhite(checked) * 10) / 10));
            }
        } catch (UserFacingException notAColour) {
            preview.getStyle().remove("background-color").remove("color");
            contrast.setText(message(notAColour));
        }
    }

    /** The colour if it is written as #rrggbb (whatever its contrast, which the preview shows). */
    private static String checkedFormat(String value) {
        if (!value.matches("#[0-9a-fA-F]{6}")) {
            throw new UserFacingException("municipality.error.colourFormat");
        }
        return value;
    }

    private void save() {
        boolean ok = check(name, MunicipalityRules::name) & check(number, MunicipalityRules::number)
                & check(colour, MunicipalityRules::accentColour);
        if (!ok) {
            return;
        }
        try {
            Municipality saved = service.save(new MunicipalityProfileService.Change(name.getValue(), number.getValue(),
                    colour.getValue(), logoChange, newLogo, version));
            load(saved);
            Notices.success("municipality.saved");
            getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new MunicipalityBrand.Changed(ui)));
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    /** Runs the field's rule; a refusal is shown beside the field (and announced), the value is kept. */
    private boolean check(TextField field, UnaryOperator<String> rule) {
        try {
            rule.apply(field.getValue());
            field.setInvalid(false);
            field.setErrorMessage(null);
            return true;
        } catch (UserFacingException refused) {
            field.setErrorMessage(message(refused));
            field.setInvalid(true);
            Notices.failure(refused);
            return false;
        }
    }

    private String message(Throwable error) {
        return ErrorMessages.describe(error, this::getTranslation);
    }

    /** The stored profile on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(service.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("municipality.title");
    }
}
