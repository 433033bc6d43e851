package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.textfield.TextArea;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;

/** Reopens a closed deviation, with a reason. */
class ReopenDialog extends HandlingDialog {

    final TextArea reason = Fields.textArea("deviations.field.reason", TextLimits.LONG_TEXT);
    private final DeviationService service;
    private final DeviationViews.DeviationDetail d;

    ReopenDialog(DeviationService service, DeviationViews.DeviationDetail d, Runnable onDone) {
        super("#" + d.id(), onDone);
        this.service = service;
        this.d = d;
        reason.setRequired(true);
        add(reason, error);
    }

    @Override
    void apply() {
        service.reopen(d.id(), d.version(), reason.getValue());
    }
}
