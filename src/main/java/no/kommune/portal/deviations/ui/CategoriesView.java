package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.deviations.DeviationCategory;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.organisation.Roles;

/** Quality configures the main categories deviations are reported in: add, rename, (de)activate. */
@Route(DeviationLinks.CATEGORIES)
@RolesAllowed(Roles.QUALITY)
@Menu(order = 35, icon = "vaadin:tags", title = "deviations.menu.categories")
public class CategoriesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DeviationService service;
    final Grid<DeviationCategory> grid = new Grid<>();
    final TextField code = Fields.textField("deviations.categories.code", TextLimits.CODE);
    final TextField name = Fields.textField("deviations.categories.name", TextLimits.NAME);
    final Button add = new Button();
    final Button rename = new Button();
    final Div error = new Div();

    public CategoriesView(DeviationService service) {
        this.service = service;
        grid.addColumn(DeviationCategory::getCode).setHeader(getTranslation("deviations.categories.code")).setAutoWidth(true);
        grid.addColumn(DeviationCategory::getName).setHeader(getTranslation("deviations.categories.name")).setFlexGrow(1);
        grid.addComponentColumn(c -> new Button(getTranslation(c.isActive() ? "deviations.categories.deactivate"
                : "deviations.categories.activate"), e -> run(() -> service.setCategoryActive(c.getId(), !c.isActive()))))
                .setHeader(getTranslation("deviations.categories.active")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(c -> name.setValue(c.getName())));
        add.setText(getTranslation("deviations.categories.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> run(() -> service.addCategory(code.getValue(), name.getValue())));
        rename.setText(getTranslation("deviations.categories.rename"));
        rename.addClickListener(e -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(c -> run(() -> service.renameCategory(c.getId(), name.getValue()))));
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout form = new HorizontalLayout(code, name, add, rename);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("deviations.categories.title")), grid, form, error);
    }

    private void run(Runnable action) {
        error.setText("");
        try {
            action.run();
            code.clear();
            name.clear();
            refresh();
        } catch (RuntimeException ex) {
            error.setText(DeviationLabels.message(this, ex));
        }
    }

    private void refresh() {
        grid.setItems(service.allCategories());
    }

    /** An empty form and fresh rows on every visit: the router reuses this view when the menu is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code.clear();
        name.clear();
        error.setText("");
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deviations.categories.title");
    }
}
