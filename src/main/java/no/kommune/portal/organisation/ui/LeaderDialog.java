package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Consumer;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartService;
import no.kommune.portal.organisation.OrgChartService.Person;

/** Sets a unit's leader (the picker searches people a page at a time), or clears it. */
class LeaderDialog extends ChartDialog {

    final ComboBox<Person> person = new ComboBox<>();
    final Checkbox clear = new Checkbox();
    private final OrgChartService service;
    private final ChartUnit unit;

    LeaderDialog(OrgChartService service, ChartUnit unit, Consumer<Long> afterClose) {
        super(Notices.translate("org.chart.leader.title", unit.name()), Notices.translate("org.chart.save"), unit.id(),
                afterClose);
        this.service = service;
        this.unit = unit;
        person.setLabel(getTranslation("org.leader"));
        person.setItems(query -> service.people(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        person.setItemLabelGenerator(p -> p.email() == null || p.email().isBlank() ? p.fullName()
                : p.fullName() + " (" + p.email() + ")");
        person.setPlaceholder(getTranslation("org.choosePerson"));
        person.setHelperText(unit.leaderName() == null ? getTranslation("org.chart.leader.none")
                : getTranslation("org.chart.leader.current", unit.leaderName()));
        person.setWidthFull();
        person.setId("org-leader-person");
        clear.setLabel(getTranslation("org.chart.leader.clear"));
        clear.setId("org-leader-clear");
        clear.setVisible(unit.leaderId() != null);
        clear.addValueChangeListener(e -> person.setEnabled(!e.getValue()));
        add(person, clear, error);
    }

    @Override
    Long apply() {
        if (!clear.getValue() && person.getValue() == null) {
            throw new no.kommune.portal.base.UserFacingException("org.chart.error.leaderRequired");
        }
        service.setLeader(unit.id(), unit.version(), clear.getValue() ? null : person.getValue().id());
        return unit.id();
    }

    @Override
    String successKey() {
        return "org.chart.leader.done";
    }
}
