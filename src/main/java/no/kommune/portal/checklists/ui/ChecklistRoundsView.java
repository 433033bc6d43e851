package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;

/** Checklist rounds; quality opens a new round of a published template for chosen units or all units. */
@Route(value = ChecklistLinks.ROUNDS, layout = MainLayout.class)
@RolesAllowed({Roles.QUALITY, Roles.MANAGEMENT, Roles.ADMIN})
@Menu(order = 22, icon = "vaadin:calendar-clock", title = "checklists.nav.rounds")
public class ChecklistRoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistService service;
    final Grid<RoundRow> grid = new Grid<>();
    final Select<TemplateVersionRow> version = new Select<>();
    final TextField name = Fields.textField("checklists.roundName", TextLimits.NAME);
    final DatePicker deadline = new DatePicker();
    final MultiSelectComboBox<UnitNode> units = new MultiSelectComboBox<>();
    final Button open = new Button();

    public ChecklistRoundsView(ChecklistService service, OrganisationService organisation,
            AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        if (auth.hasRole(Roles.QUALITY)) {
            version.setLabel(getTranslation("checklists.templateVersion"));
            List<TemplateVersionRow> published = service.publishedVersions();
            version.setItems(published);
            version.setItemLabelGenerator(TemplateVersionRow::displayName);
            version.setId("round-version");
            if (!published.isEmpty()) {
                version.setValue(published.getLast());
            }
            name.setPlaceholder("2. tertial 2025");
            name.setRequiredIndicatorVisible(true);
            name.setId("round-name");
            deadline.setLabel(getTranslation("checklists.deadline"));
            deadline.setMin(LocalDate.now());
            deadline.setRequiredIndicatorVisible(true);
            deadline.setId("round-deadline");
            units.setLabel(getTranslation("checklists.units"));
            units.setHelperText(getTranslation("checklists.unitsHelp"));
            units.setItems(organisation.unitTree().stream()
                    .filter(u -> u.active() && u.type() == OrgUnitType.UNIT).toList());
            units.setItemLabelGenerator(UnitNode::displayName);
            units.setId("round-units");
            open.setText(getTranslation("checklists.openRound"));
            open.setId("open-round");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClickListener(e -> openRound());
            FormLayout form = new FormLayout(version, name, deadline, units, open);
            Details details = new Details(getTranslation("checklists.newRound"), form);
            details.setOpened(true);
            add(details);
        }
        grid.addColumn(RoundRow::name).setHeader(getTranslation("checklists.round")).setAutoWidth(true);
        grid.addColumn(r -> r.templateName() + " – v" + r.versionNo()).setHeader(getTranslation("checklists.template"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.deadline())).setHeader(getTranslation("checklists.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.openedAt())).setHeader(getTranslation("checklists.openedAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.published() ? "checklists.published" : "checklists.notPublished"))
                .setHeader(getTranslation("checklists.politicians")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button show = new Button(getTranslation("checklists.showOverview"), e -> UI.getCurrent()
                    .navigate(ChecklistOverviewView.class, QueryParameters.simple(Map.of(ChecklistLinks.ROUND, "" + r.id()))));
            show.setId("overview-" + r.id());
            return show;
        }).setAutoWidth(true);
        grid.setItems(query -> service.roundPage(query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.roundCount());
        grid.setSizeFull();
        grid.setId("rounds-grid");
        add(grid);
    }

    private void openRound() {
        var check = Validators.text(TextLimits.NAME).apply(name.getValue(), new ValueContext(name));
        if (check.isError()) {
            name.setInvalid(true);
            name.setErrorMessage(check.getErrorMessage());
            return;
        }
        if (version.getValue() == null) {
            version.setInvalid(true);
            version.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            service.openRound(version.getValue().versionId(), name.getValue(), deadline.getValue(),
                    units.getValue().stream().map(UnitNode::id).toList());
            Notices.success("checklists.roundOpened", name.getValue());
            name.clear();
            name.setInvalid(false);
            deadline.setInvalid(false);
            grid.getDataProvider().refreshAll();
        } catch (UserFacingException ex) {
            String message = ErrorMessages.describe(ex, Notices::translate);
            if (ex.getMessageKey().startsWith("checklists.error.deadline")) {
                deadline.setInvalid(true);
                deadline.setErrorMessage(message);
            } else if (ex.getMessageKey().equals("checklists.error.noUnits")) {
                units.setInvalid(true);
                units.setErrorMessage(message);
            } else {
                name.setInvalid(true);
                name.setErrorMessage(message);
            }
        } catch (RuntimeException ex) {
            Notices.failure(ex);
        }
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklists.nav.rounds");
    }
}
