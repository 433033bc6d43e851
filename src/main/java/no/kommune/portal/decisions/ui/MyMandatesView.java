package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.ui.GridPaging;
import no.kommune.portal.base.ui.NarrowScreens;
import no.kommune.portal.base.ui.TemplateText;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.organisation.Roles;

/**
 * A leader's own mandates (responsible, owner, or in a unit she leads): overdue and not-updated first,
 * status updated in place.
 */
@Route(DecisionLinks.MY_MANDATES)
@RolesAllowed({Roles.LEADER, Roles.MANAGEMENT})
@Menu(order = 11, icon = "vaadin:tasks", title = "decisions.nav.mine")
public class MyMandatesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Which of my mandates to show; the start page links here with {@code ?forsinket}, {@code ?snart} ... */
    enum Show { ALL, OVERDUE, DUE_SOON, NOT_UPDATED }

    private final FollowUpService service;
    private final AuthenticationContext auth;
    private boolean management;
    final RadioButtonGroup<Show> show = new RadioButtonGroup<>();
    /** The id prefix of a row's update button; the focus after saving finds the button by it. */
    private static final String UPDATE_BUTTON_ID = "update-status-";

    final Grid<MandateRow> grid = new Grid<>(MandateRow.class, false);

    public MyMandatesView(FollowUpService service, AuthenticationContext auth) {
        this.service = service;
        this.auth = auth;
        setSizeFull();
        add(new Paragraph(getTranslation("decisions.mineIntro")));
        show.setLabel(getTranslation("decisions.mine.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(v -> getTranslation("decisions.mine.show." + v.name()));
        show.setValue(Show.ALL);
        show.setId("my-mandates-show");
        show.addValueChangeListener(e -> refresh());
        add(show);
        // two lines on phones: the deadline moves under the title, the deadline and status text columns go
        grid.addColumn(mandateCell()).setHeader(getTranslation("decisions.mandate")).setFlexGrow(3);
        var deadline = grid.addColumn(MandateRow::deadlineDisplay).setHeader(getTranslation("decisions.deadline"))
                .setAutoWidth(true);
        grid.addColumn(StatusBadge.renderer(this::getTranslation)).setHeader(getTranslation("decisions.status")).setAutoWidth(true);
        var statusText = grid.addColumn(MandateRow::statusText).setHeader(getTranslation("decisions.statusText"))
                .setFlexGrow(3);
        grid.addColumn(updateButton()).setHeader(getTranslation("decisions.updateStatus")).setAutoWidth(true);
        NarrowScreens.hideWhenNarrow(grid, deadline, statusText);
        grid.addItemDoubleClickListener(e -> UI.getCurrent().navigate(MandateDetailView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("my-mandates-grid");
        add(grid);
    }

    /**
     * The mandate's title, and on phones its deadline under it. A renderer, not a component per row (issue 15: the
     * two component columns made the list's first answer 90 KB for 50 rows).
     */
    private LitRenderer<MandateRow> mandateCell() {
        return LitRenderer.<MandateRow>of("""
                <div><span>${item.title}</span><span class="portal-narrow-only portal-muted">${item.deadline}</span></div>""")
                .withProperty("title", MandateRow::numberedTitle)
                .withProperty("deadline", r -> r.deadlineDisplay() == null || r.deadlineDisplay().isBlank() ? ""
                        : getTranslation("decisions.deadline") + ": " + r.deadlineDisplay());
    }

    /** The row's "update status" button, drawn by the browser; the click comes back as a call with the row. */
    private LitRenderer<MandateRow> updateButton() {
        return LitRenderer.<MandateRow>of("<vaadin-button id=\"" + UPDATE_BUTTON_ID + "${item.id}\""
                        + " ?disabled=${!item.may} @click=${update}>"
                        + TemplateText.of(getTranslation("decisions.updateStatus")) + "</vaadin-button>")
                .withProperty("id", MandateRow::id)
                .withProperty("may", MandateRow::mayUpdate)
                .withFunction("update", this::openStatusUpdate);
    }

    void openStatusUpdate(MandateRow row) {
        if (!row.mayUpdate()) {
            return; // the button is disabled; a forged call gets nothing (the service refuses it too)
        }
        new StatusUpdateDialog(service, row, management, saved -> {
            refresh();
            // the row's button was redrawn, so the dialog cannot give focus back to it: once the dialog
            // has closed, focus goes to the new button of the same row, or else to the list's first cell
            grid.getElement().executeJs("""
                    setTimeout(() => {
                      const button = document.getElementById($0);
                      const cell = this.shadowRoot.querySelector('#items td[part~="cell"]');
                      (button || cell || this).focus();
                    }, 400)""", updateButtonId(row));
        }).open();
    }

    private static String updateButtonId(MandateRow row) {
        return UPDATE_BUTTON_ID + row.id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Show wanted = params.containsKey(DecisionLinks.OVERDUE) ? Show.OVERDUE
                : params.containsKey(DecisionLinks.DUE_SOON) ? Show.DUE_SOON
                : params.containsKey(DecisionLinks.NOT_UPDATED) ? Show.NOT_UPDATED : Show.ALL;
        management = auth.hasRole(Roles.MANAGEMENT);
        // the router reuses this view (another filter link, the menu clicked again): fresh rows every visit
        if (wanted == show.getValue()) {
            refresh();
        } else {
            show.setValue(wanted);
        }
    }

    FollowUpFilter filter() {
        FollowUpFilter mine = FollowUpFilter.all().mine();
        return switch (show.getValue() == null ? Show.ALL : show.getValue()) {
            case ALL -> mine;
            case OVERDUE -> mine.overdue();
            case DUE_SOON -> mine.dueWithin(FollowUpFilter.DUE_SOON_DAYS);
            case NOT_UPDATED -> mine.notUpdated();
        };
    }

    void refresh() {
        FollowUpFilter mine = filter();
        grid.setItems(query -> service.page(mine, GridPaging.slice(query)).stream(),
                query -> (int) service.count(mine));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.mine");
    }
}
