package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.checklists.ChecklistInstance;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.organisation.Roles;

/** The checklists of the units the leader leads, newest round first; overdue ones stand out. */
@Route(value = ChecklistLinks.MINE, layout = MainLayout.class)
@RolesAllowed(Roles.LEADER)
@Menu(order = 21, icon = "vaadin:check-square-o", title = "checklists.nav.mine")
public class MyChecklistsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<InstanceRow> grid = new Grid<>();

    public MyChecklistsView(ChecklistService service) {
        setSizeFull();
        add(new Paragraph(getTranslation("checklists.mineIntro")));
        grid.addColumn(InstanceRow::roundName).setHeader(getTranslation("checklists.round")).setAutoWidth(true);
        grid.addColumn(InstanceRow::unitName).setHeader(getTranslation("checklists.unit")).setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.deadline())).setHeader(getTranslation("checklists.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation("checklists.state." + r.state())
                    + (r.overdue() ? " – " + getTranslation("checklists.overdue") : ""));
            badge.getElement().getThemeList().add(r.state() == ChecklistInstance.State.SUBMITTED ? "badge success"
                    : r.overdue() ? "badge error" : "badge");
            return badge;
        }).setHeader(getTranslation("checklists.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation(r.state() == ChecklistInstance.State.SUBMITTED
                    ? "checklists.show" : "checklists.answerNow"), e -> ChecklistAnswerView.open(r.id()));
            open.setId("open-" + r.id());
            return open;
        }).setKey("open").setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> ChecklistAnswerView.open(e.getItem().id()));
        grid.setItems(query -> service.myPage(query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.myCount());
        grid.setSizeFull();
        grid.setId("my-checklists-grid");
        add(grid);
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklists.nav.mine");
    }
}
