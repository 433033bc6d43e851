package no.kommune.portal.supervisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.supervisions.SupervisionChanges;
import no.kommune.portal.supervisions.SupervisionEvent;
import no.kommune.portal.supervisions.SupervisionLinks;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;

/** One supervision: all fields, its history rows and the actions the signed-in user may take. */
@Route(SupervisionLinks.LIST)
@RolesAllowed({Roles.MANAGEMENT, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
public class SupervisionDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SupervisionService service;
    private final OrganisationService organisation;
    private String title = "";
    Grid<SupervisionService.HistoryLine> history;

    public SupervisionDetailView(SupervisionService service, OrganisationService organisation) {
        this.service = service;
        this.organisation = organisation;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    void show(Long id) {
        removeAll();
        SupervisionService.SupervisionDetail detail = service.detail(id);
        SupervisionRow r = detail.row();
        title = r.subject();
        add(new H2(r.subject()));
        add(line("supervisions.sector", r.sector()));
        add(line("supervisions.unit", r.unitName()));
        add(line("supervisions.authority", r.authority()));
        add(line("supervisions.type", r.supervisionType()));
        add(line("supervisions.year", String.valueOf(r.year())));
        add(line("supervisions.dates", r.openedOn() != null && r.datesText() == null ? Formats.date(r.openedOn())
                : r.datesText()));
        add(line("supervisions.findings", r.findings()));
        add(line("supervisions.deadline", r.deadlineDisplay()));
        add(line("supervisions.measures", r.measures()));
        add(line("supervisions.status", getTranslation(r.status().key())
                + (r.statusText() == null ? "" : " – " + r.statusText())));
        add(line("supervisions.relatedCase", r.relatedCase()));

        HorizontalLayout actions = new HorizontalLayout();
        if (r.mayEdit()) {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> new SupervisionFormDialog(service, organisation, r, saved -> show(id)).open());
            edit.setId("supervision-edit");
            Button status = new Button(getTranslation("supervisions.changeStatus"),
                    e -> new SupervisionStatusDialog(service, r, saved -> show(id)).open());
            status.setId("supervision-status");
            actions.add(edit, status);
        }
        if (r.mayUpdateMeasures()) {
            Button measures = new Button(getTranslation("supervisions.updateMeasures"),
                    e -> new MeasuresDialog(service, r, saved -> show(id)).open());
            measures.setId("supervision-measures");
            actions.add(measures);
        }
        add(actions);

        history = new Grid<>();
        history.addColumn(h -> Formats.dateTime(h.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        history.addColumn(SupervisionService.HistoryLine::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        history.addColumn(h -> getTranslation("supervisions.event." + h.kind())).setHeader(getTranslation("history.type"));
        history.addColumn(h -> (h.fromStatus() == null ? "" : getTranslation(h.fromStatus().key()) + " → ")
                + (h.toStatus() == null ? "" : getTranslation(h.toStatus().key())))
                .setHeader(getTranslation("supervisions.status"));
        history.addColumn(SupervisionService.HistoryLine::measures).setHeader(getTranslation("supervisions.measures"))
                .setFlexGrow(3);
        // an edit's comment is the stored change text: its field labels in the screen's language
        history.addColumn(h -> h.kind() == SupervisionEvent.Kind.EDITED
                ? SupervisionChanges.localize(h.comment(), this::getTranslation)
                : h.comment()).setHeader(getTranslation("supervisions.comment"))
                .setFlexGrow(2);
        history.setItems(detail.history().reversed());
        history.setAllRowsVisible(true);
        history.setId("supervision-history");
        add(new H2(getTranslation("supervisions.history")), history);
    }

    private com.vaadin.flow.component.Component line(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("font-weight", "600");
        p.add(label, new Span(value == null ? "" : value));
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
