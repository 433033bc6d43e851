package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.ClosePreview;
import no.kommune.portal.organisation.OrgChartService;

/**
 * Closes a unit (decision 020). Asks for the unit that receives its open cases and, before the administrator
 * confirms, shows how many open cases of each kind and how many people move there, and every reason the closing
 * is refused (open units below it, a receiving unit where nobody can handle deviations, a checklist round both
 * units are in). "Legg ned" is enabled only when nothing stands in the way.
 */
class CloseUnitDialog extends ChartDialog {

    final ComboBox<ChartUnit> target = new ComboBox<>();
    /** What moves: one line per kind of case. */
    final UnorderedList moves = new UnorderedList();
    /** Why it cannot be closed (yet). */
    final Div refusals = new Div();
    private final OrgChartService service;
    private final ChartUnit unit;

    CloseUnitDialog(OrgChartService service, ChartUnit unit, List<ChartUnit> candidates, Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.close.title", unit.name()), Notices.translate("org.chart.close.save"),
                unit.id(), afterClose);
        this.service = service;
        this.unit = unit;
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        target.setLabel(getTranslation("org.chart.close.target"));
        target.setItems(candidates.stream().filter(c -> c.active() && !c.id().equals(unit.id())).toList());
        target.setItemLabelGenerator(u -> u.displayName() + " (" + getTranslation("org.type." + u.type()) + ")");
        target.setRequired(true);
        target.setWidthFull();
        target.setId("org-close-target");
        target.addValueChangeListener(e -> showPreview());
        moves.setId("org-close-moves");
        refusals.setId("org-close-refusals");
        refusals.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph(getTranslation("org.chart.close.intro")), target,
                new Paragraph(getTranslation("org.chart.close.movesHeading")), moves, refusals, error);
        showPreview();
    }

    private void showPreview() {
        moves.removeAll();
        refusals.removeAll();
        ClosePreview preview;
        try {
            preview = service.closePreview(unit.id(), target.getValue() == null ? null : target.getValue().id());
        } catch (RuntimeException ex) {
            error.setText(ErrorMessages.describe(ex, this::getTranslation));
            save.setEnabled(false);
            return;
        }
        preview.counts().forEach(c -> moves.add(new ListItem(getTranslation(c.countKey(), c.count()))));
        // a missing receiving unit is said by the field itself, not as a refusal in red
        preview.refusals().stream().filter(r -> !r.messageKey().equals("org.chart.error.targetRequired"))
                .forEach(r -> refusals.add(new Paragraph(getTranslation(r.messageKey(), r.args().toArray()))));
        save.setEnabled(preview.possible());
    }

    @Override
    Long apply() {
        service.close(unit.id(), unit.version(), target.getValue() == null ? null : target.getValue().id());
        return unit.id();
    }

    @Override
    String successKey() {
        return "org.chart.close.done";
    }
}
