package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.decisions.StatusLabel;
import no.kommune.portal.decisions.StatusLabelService;
import no.kommune.portal.organisation.Roles;

/**
 * The municipality's own status words for mandates: add one for a fixed state, rename it, change the order leaders
 * see them in, take one out of use. A wrong entry stays in the form with its message, so nothing typed is lost.
 */
@Route(DecisionLinks.STATUS_LABELS)
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN})
@Menu(order = 14, icon = "vaadin:tags", title = "decisions.nav.statusLabels")
public class StatusLabelsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient StatusLabelService service;
    final TextField label = Fields.textField("decisions.labels.label", StatusLabelService.MAX_LENGTH);
    final Select<MandateState> state = new Select<>();
    final Grid<StatusLabel> grid = new Grid<>();

    public StatusLabelsView(StatusLabelService service) {
        this.service = service;
        label.setId("status-label-text");
        label.setRequired(true);
        label.setWidth("20em");
        state.setLabel(getTranslation("decisions.labels.state"));
        state.setItems(MandateState.values());
        state.setItemLabelGenerator(s -> getTranslation("decisions.state." + s.name()));
        state.setId("status-label-state");
        // no required indicator: Vaadin's Select puts aria-required on its value button, which axe rejects
        // (critical, aria-allowed-attr); a missing state is said in the field's error message instead
        Button add = new Button(getTranslation("decisions.labels.add"), e -> create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("status-label-add");
        HorizontalLayout form = new HorizontalLayout(label, state, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("status-labels");
        grid.addColumn(StatusLabel::getLabel).setHeader(getTranslation("decisions.labels.label")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("decisions.state." + l.getState().name()))
                .setHeader(getTranslation("decisions.labels.state")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.isActive() ? "decisions.labels.inUse" : "decisions.labels.notInUse"))
                .setHeader(getTranslation("decisions.labels.use")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("decisions.labels.actions"))
                .setAutoWidth(true).setKey("actions");
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("decisions.labels.intro")), form, grid);
    }

    private Component actions(StatusLabel row) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "decisions.labels.moveUp", row, () -> service.move(row.getId(), -1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "decisions.labels.moveDown", row,
                () -> service.move(row.getId(), 1));
        Button rename = new Button(getTranslation("decisions.labels.rename"), e -> openRename(row));
        rename.getElement().setAttribute("aria-label", getTranslation("decisions.labels.renameOf", row.getLabel()));
        Button use = new Button(getTranslation(row.isActive() ? "decisions.labels.takeOut" : "decisions.labels.putBack"),
                e -> run(() -> service.setInUse(row.getId(), row.getVersion(), !row.isActive())));
        use.getElement().setAttribute("aria-label", getTranslation(
                row.isActive() ? "decisions.labels.takeOutOf" : "decisions.labels.putBackOf", row.getLabel()));
        use.setId("status-label-use-" + row.getId());
        rename.setId("status-label-rename-" + row.getId());
        for (Button b : new Button[] {up, down, rename, use}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down, rename, use);
    }

    private Button iconButton(VaadinIcon icon, String labelKey, StatusLabel row, Runnable action) {
        Button button = new Button(icon.create(), e -> run(action));
        // an icon-only button needs a name that says which row it moves
        button.getElement().setAttribute("aria-label", getTranslation(labelKey, row.getLabel()));
        button.setTooltipText(getTranslation(labelKey, row.getLabel()));
        return button;
    }

    private void create() {
        try {
            StatusLabel made = service.create(label.getValue(), state.getValue());
            Notices.success("decisions.labels.added", made.getLabel());
            label.clear();
            label.setInvalid(false);
            state.clear();
            refresh();
        } catch (UserFacingException e) {
            // the message belongs to the field; what was typed stays
            if ("decisions.labels.error.stateRequired".equals(e.getMessageKey())) {
                state.setErrorMessage(ErrorMessages.describe(e, Notices::translate));
                state.setInvalid(true);
            } else {
                label.setErrorMessage(ErrorMessages.describe(e, Notices::translate));
                label.setInvalid(true);
            }
        } catch (RuntimeException e) {
            Notices.failure(e);
        }
    }

    private void openRename(StatusLabel row) {
        Dialog dialog = new Dialog(getTranslation("decisions.labels.renameOf", row.getLabel()));
        TextField text = Fields.textField("decisions.labels.label", StatusLabelService.MAX_LENGTH);
        text.setValue(row.getLabel());
        text.setRequired(true);
        text.setWidthFull();
        text.setId("status-label-rename-text");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.rename(row.getId(), row.getVersion(), text.getValue());
                Notices.success("decisions.labels.renamed", text.getValue().strip());
                dialog.close();
                refresh();
            } catch (UserFacingException ex) {
                text.setErrorMessage(ErrorMessages.describe(ex, Notices::translate));
                text.setInvalid(true);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("status-label-rename-save");
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RuntimeException e) {
            Notices.failure(e);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.statusLabels");
    }
}
