package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.Component;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.organisation.UnitNode;

/** Shared display helpers of the deviation views. */
final class DeviationLabels {

    private DeviationLabels() {
    }

    static String title(Component c, DeviationRow r) {
        return r.personalData() ? c.getTranslation("deviations.confidential") : r.title();
    }

    static String unit(UnitNode u) {
        return u.code() == null || u.code().isBlank() ? u.name() : u.code() + " " + u.name();
    }

    /** The translated text of a failure, for showing next to a form (the form keeps its values). */
    static String message(Component c, RuntimeException e) {
        return no.kommune.portal.base.ui.ErrorMessages.describe(e, c::getTranslation);
    }
}
