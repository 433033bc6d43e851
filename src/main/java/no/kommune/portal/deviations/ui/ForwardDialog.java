package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.deviations.DeviationViews.ForwardPreview;
import no.kommune.portal.organisation.UnitNode;

/**
 * Forwards to another unit (across units too). Before the leader confirms, the dialog shows who will receive
 * it (the nearest leader up the tree who can act) and which leaders were passed over; when nobody could act it
 * says so and the service refuses the forward.
 */
class ForwardDialog extends HandlingDialog {

    final ComboBox<UnitNode> unit = new ComboBox<>();
    final TextArea comment = Fields.textArea("deviations.field.comment", TextLimits.LONG_TEXT);
    /** Who will receive it, shown as soon as a unit is chosen. */
    final Div receiver = new Div();
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
        unit.setId("forward-unit");
        unit.addValueChangeListener(e -> showReceiver(e.getValue()));
        receiver.setId("forward-receiver");
        comment.setRequired(true);
        comment.setId("forward-comment");
        add(unit, receiver, comment, error);
    }

    private void showReceiver(UnitNode chosen) {
        receiver.removeAll();
        receiver.getStyle().remove("color");
        save.setEnabled(true);
        if (chosen == null) {
            return;
        }
        ForwardPreview p;
        try {
            p = service.forwardPreview(d.id(), chosen.id());
        } catch (RuntimeException ex) {
            error.setText(DeviationLabels.message(this, ex));
            return;
        }
        if (!p.passedOver().isEmpty()) {
            receiver.add(new Div(p.passedOver().stream()
                    .map(s -> getTranslation("deviations.forward.passed." + s.reason(), s.unitName(), s.leaderName()))
                    .collect(Collectors.joining(" "))));
        }
        if (p.possible()) {
            receiver.add(new Div(getTranslation("deviations.forward.receiver", p.receiverName(), p.receiverUnit())));
        } else {
            receiver.add(new Div(getTranslation("deviations.forward.nobody", p.chosenUnit())));
            receiver.getStyle().set("color", "var(--lumo-error-text-color)");
            save.setEnabled(false);
        }
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
