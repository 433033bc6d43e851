package no.kommune.portal.municipality.ui;

import no.kommune.portal.base.ui.HeaderContribution;
import no.kommune.portal.municipality.MunicipalityProfileService;

/** Puts the municipality ({@link MunicipalityBrand}) at the start of every signed-in page's header. */
@org.springframework.stereotype.Component
class MunicipalityHeader implements HeaderContribution {

    private final MunicipalityProfileService service;

    MunicipalityHeader(MunicipalityProfileService service) {
        this.service = service;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new MunicipalityBrand(service, "header-municipality");
    }

    @Override
    public boolean atStart() {
        return true;
    }
}
