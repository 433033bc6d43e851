package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.DeviationViews;

/** Under behandling / Tiltak iverksatt, with an optional comment. */
class StatusDialog extends HandlingDialog {

    final Select<DeviationStatus> status = new Select<>();
    final TextArea comment = Fields.textArea("deviations.field.comment", TextLimits.LONG_TEXT);
    private final DeviationService service;
    private final DeviationViews.DeviationDetail d;

    StatusDialog(DeviationService service, DeviationViews.DeviationDetail d, Runnable onDone) {
        super("#" + d.id(), onDone);
        this.service = service;
        this.d = d;
        status.setLabel(getTranslation("deviations.field.status"));
        status.setItems(Arrays.stream(DeviationStatus.values())
                .filter(s -> s != DeviationStatus.NEW && s != DeviationStatus.CLOSED && s != d.status()).toList());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        add(status, comment, error);
    }

    @Override
    void apply() {
        service.changeStatus(d.id(), d.version(), status.getValue(), comment.getValue());
    }
}
