package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.textfield.TextArea;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;

/** Closing needs cause, measures and what was learned. */
class CloseDialog extends HandlingDialog {

    final TextArea cause = Fields.textArea("deviations.field.cause", TextLimits.LONG_TEXT);
    final TextArea measures = Fields.textArea("deviations.field.measures", TextLimits.LONG_TEXT);
    final TextArea learning = Fields.textArea("deviations.label.learning", TextLimits.LONG_TEXT);
    private final DeviationService service;
    private final DeviationViews.DeviationDetail d;

    CloseDialog(DeviationService service, DeviationViews.DeviationDetail d, Runnable onDone) {
        super("#" + d.id(), onDone);
        this.service = service;
        this.d = d;
        cause.setRequired(true);
        measures.setRequired(true);
        learning.setRequired(true);
        cause.setId("close-cause");
        measures.setId("close-measures");
        learning.setId("close-learning");
        add(cause, measures, learning, error);
    }

    @Override
    void apply() {
        service.close(d.id(), d.version(), cause.getValue(), measures.getValue(), learning.getValue());
    }

    @Override
    String successKey() {
        return "deviations.closedOk";
    }
}
