package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.organisation.UnitNode;

/** Forwards to another unit (across units too); the receiving leader takes over. */
class ForwardDialog extends HandlingDialog {

    final ComboBox<UnitNode> unit = new ComboBox<>();
    final TextArea comment = Fields.textArea("deviations.field.comment", TextLimits.LONG_TEXT);
    private final DeviationService service;
    private final DeviationViews.DeviationDetail d;

    ForwardDialog(DeviationService service, DeviationViews.DeviationDetail d, List<UnitNode> units, Runnable onDone) {
        super("#" + d.id(), onDone);
        this.service = service;
        this.d = d;
        unit.setLabel(getTranslation("deviations.field.toUnit"));
        unit.setItems(units.stream().filter(u -> !u.id().equals(d.reportedToUnitId())).toList());
        unit.setItemLabelGenerator(DeviationLabels::unit);
        unit.setWidthFull();
        comment.setRequired(true);
        add(unit, comment, error);
    }

    @Override
    void apply() {
        service.forward(d.id(), d.version(), unit.getValue() == null ? null : unit.getValue().id(), comment.getValue());
    }

    @Override
    String successKey() {
        return "deviations.forwarded";
    }
}
