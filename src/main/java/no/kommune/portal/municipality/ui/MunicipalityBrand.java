package no.kommune.portal.municipality.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityProfileService;

/**
 * The municipality's name, kommunenummer and logo, on its accent colour with white text (the colour is checked to
 * reach 4.5:1 against white when it is saved). Used in the header of every signed-in page and on the login page.
 * The logo is served as an image the portal wrote itself (never markup), with the name in its alt text. Redraws
 * itself when the administrator saves the profile in the same browser window ({@link Changed}).
 */
// published to other modules' views (the login page), so a named interface of the municipality module
@org.springframework.modulith.NamedInterface("brand")
public class MunicipalityBrand extends Div {

    /** Fired on the UI when the profile was saved, so the header shows it without a reload. */
    public static class Changed extends ComponentEvent<UI> {
        public Changed(UI ui) {
            super(ui, false);
        }
    }

    private final transient MunicipalityProfileService service;
    private Registration changes;

    public MunicipalityBrand(MunicipalityProfileService service, String className) {
        this.service = service;
        addClassNames("portal-municipality", className);
        setId(className);
        show(service.current());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), Changed.class, e -> show(service.current()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    private void show(Municipality m) {
        removeAll();
        setVisible(m.named());
        if (!m.named()) {
            return;
        }
        if (m.accentColour() != null) {
            // a colour that passed MunicipalityRules (#rrggbb), never free text
            getStyle().set("background-color", m.accentColour()).set("color", "#ffffff");
            addClassName("portal-municipality-coloured");
        } else {
            getStyle().remove("background-color").remove("color");
            removeClassName("portal-municipality-coloured");
        }
        if (m.hasLogo()) {
            Image logo = new Image(DownloadHandler.fromInputStream(event -> {
                byte[] png = service.logo().orElse(new byte[0]);
                return new DownloadResponse(new ByteArrayInputStream(png), "logo.png", "image/png", png.length);
            }).inline(), getTranslation("municipality.logo.alt", m.name()));
            logo.addClassName("portal-municipality-logo");
            add(logo);
        }
        Span name = new Span(m.name());
        name.addClassName("portal-municipality-name");
        add(name);
        if (m.number() != null) {
            Span number = new Span(getTranslation("municipality.numberShort", m.number()));
            number.addClassName("portal-municipality-number");
            add(number);
        }
    }
}
