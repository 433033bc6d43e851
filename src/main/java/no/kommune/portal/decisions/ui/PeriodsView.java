package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.Roles;

/** Management opens and closes reporting periods; closing freezes the status of every mandate. */
@Route(DecisionLinks.PERIODS)
@RolesAllowed(Roles.MANAGEMENT)
@Menu(order = 13, icon = "vaadin:calendar", title = "decisions.nav.periods")
public class PeriodsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeriodService service;
    final Grid<ReportingPeriod> grid = new Grid<>();
    final Select<ReportingPeriod.Type> type = new Select<>();
    final IntegerField year = new IntegerField();

    public PeriodsView(PeriodService service) {
        this.service = service;
        type.setLabel(getTranslation("decisions.periodType"));
        type.setItems(ReportingPeriod.Type.values());
        type.setItemLabelGenerator(t -> t.label(year.getValue() == null ? LocalDate.now().getYear() : year.getValue()));
        year.setLabel(getTranslation("decisions.year"));
        year.setMin(2000);
        year.setMax(2100);
        Button open = new Button(getTranslation("decisions.openPeriod"), e -> open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-period");
        HorizontalLayout toolbar = new HorizontalLayout(type, year, open);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.addColumn(ReportingPeriod::getName).setHeader(getTranslation("decisions.period"));
        grid.addColumn(p -> Formats.dateTime(p.getOpenedAt())).setHeader(getTranslation("decisions.openedAt"));
        grid.addColumn(p -> Formats.dateTime(p.getClosedAt())).setHeader(getTranslation("decisions.closedAt"));
        grid.addComponentColumn(p -> {
            Button close = new Button(getTranslation("decisions.closePeriod"), e -> confirmClose(p));
            close.setVisible(p.isOpen());
            return close;
        });
        add(toolbar, grid);
    }

    private void open() {
        if (year.isInvalid() || year.getValue() == null) {
            year.setInvalid(true);
            year.setErrorMessage(getTranslation("decisions.error.invalidYear"));
            return;
        }
        try {
            service.open(type.getValue(), year.getValue());
            Notices.success("decisions.periodOpened");
            refresh();
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    private void confirmClose(ReportingPeriod period) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("decisions.closePeriod"),
                getTranslation("decisions.closePeriodConfirm", period.getName()), getTranslation("decisions.closePeriod"),
                e -> {
                    try {
                        int frozen = service.close(period.getId());
                        Notices.success("decisions.periodClosed", period.getName(), frozen);
                        refresh();
                    } catch (RuntimeException ex) {
                        Notices.failure(ex);
                    }
                }, getTranslation("action.cancel"), e -> { });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    /** The defaults and fresh rows on every visit: the router reuses this view when the menu is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year.setValue(LocalDate.now().getYear());
        year.setInvalid(false);
        type.setValue(ReportingPeriod.Type.TERTIAL_1);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.periods");
    }
}
