package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.export.DocxWriter;
import no.kommune.portal.base.export.PdfWriter;
import no.kommune.portal.base.export.XlsxWriter;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpReport;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.security.Roles;

/**
 * The follow-up list: every mandate of every decision, filtered by body, year, status, overdue, not updated
 * and free text, with counts per status on top. Lazy: only the visible page is loaded. Read-only for
 * politicians; the report for the kommunestyre is generated in the background.
 */
@Route("oppfolging")
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "decisions.nav.followUp")
public class FollowUpListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FollowUpService service;
    final Grid<MandateRow> grid = new Grid<>(MandateRow.class, false);
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<MandateState> state = new Select<>();
    final TextField text = new TextField();
    final Checkbox overdue = new Checkbox();
    final Checkbox notUpdated = new Checkbox();
    final FlexLayout counters = new FlexLayout();

    public FollowUpListView(FollowUpService service, FollowUpReport report, OrganisationService organisation,
            BackgroundWork background, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();

        body.setPlaceholder(getTranslation("decisions.body"));
        body.setItems(organisation.activeBodies());
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setClearButtonVisible(true);
        year.setPlaceholder(getTranslation("decisions.year"));
        year.setMin(1990);
        year.setMax(2100);
        year.setClearButtonVisible(true);
        state.setPlaceholder(getTranslation("decisions.status"));
        state.setItems(MandateState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("decisions.allStatuses")
                : getTranslation("decisions.state." + s));
        state.setEmptySelectionAllowed(true);
        text.setPlaceholder(getTranslation("decisions.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        overdue.setLabel(getTranslation("decisions.overdueOnly"));
        notUpdated.setLabel(getTranslation("decisions.notUpdatedOnly"));
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        notUpdated.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(body, year, state, text, overdue, notUpdated);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        if (auth.hasRole(Roles.MANAGEMENT)) {
            Button register = new Button(getTranslation("decisions.nav.register"),
                    e -> UI.getCurrent().navigate(RegisterDecisionView.class));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(getTranslation("decisions.nav.import"),
                    e -> UI.getCurrent().navigate(ImportDecisionsView.class));
            actions.add(register, importButton);
        }
        actions.add(new GeneratedDownload(background, getTranslation("decisions.reportPdf"),
                () -> "oppfolging-vedtak.pdf", "application/pdf",
                () -> PdfWriter.write(report.build(filterBodyId(), null))));
        actions.add(new GeneratedDownload(background, getTranslation("decisions.reportXlsx"),
                () -> "oppfolging-vedtak.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> XlsxWriter.write(report.build(filterBodyId(), null))));
        actions.add(new GeneratedDownload(background, getTranslation("decisions.reportDocx"),
                () -> "oppfolging-vedtak.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                () -> DocxWriter.write(report.build(filterBodyId(), null))));

        counters.addClassName("portal-cards");
        counters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.addColumn(r -> r.bodyName() + " · " + r.decisionTitle()
                + (r.caseNumbers() == null ? "" : " (" + r.caseNumbers() + ")"))
                .setHeader(getTranslation("decisions.decision")).setFlexGrow(2).setSortProperty("decision.title");
        grid.addColumn(r -> (r.itemRef() == null ? "" : r.itemRef() + " ") + r.title())
                .setHeader(getTranslation("decisions.mandate")).setFlexGrow(3).setSortProperty("title");
        grid.addColumn(MandateRow::deadlineDisplay).setHeader(getTranslation("decisions.deadline"))
                .setSortProperty("deadline").setAutoWidth(true);
        grid.addComponentColumn(StatusBadge::new).setHeader(getTranslation("decisions.status"))
                .setSortProperty("status.sortOrder").setAutoWidth(true);
        grid.addColumn(MandateRow::responsibleNames).setHeader(getTranslation("decisions.responsible")).setFlexGrow(1);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(MandateDetailView.class, e.getItem().id()));
        grid.setSizeFull();
        grid.setId("follow-up-grid");

        add(filters, actions, counters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getSingleParameter("status");
        params.ifPresent(s -> {
            try {
                state.setValue(MandateState.valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // unknown status in a link: show everything
            }
        });
        overdue.setValue(event.getLocation().getQueryParameters().getSingleParameter("forsinket").isPresent()
                || overdue.getValue());
        refresh();
    }

    FollowUpFilter filter() {
        return new FollowUpFilter(filterBodyId(), year.getValue(), state.getValue(), null, null,
                overdue.getValue(), notUpdated.getValue(), text.getValue(), false);
    }

    private Long filterBodyId() {
        return body.getValue() == null ? null : body.getValue().getId();
    }

    void refresh() {
        FollowUpFilter filter = filter();
        grid.setItems(query -> service.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        Map<MandateState, Long> counts = service.countsByState(filter);
        counters.removeAll();
        for (MandateState s : MandateState.values()) {
            Span number = new Span(String.valueOf(counts.get(s)));
            number.addClassName("portal-count");
            Div card = new Div(number, new Span(" " + getTranslation("decisions.state." + s)));
            card.addClassNames("portal-counter", s.cssClass());
            card.setId("count-" + s);
            card.addClickListener(e -> state.setValue(s));
            counters.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.followUp");
    }
}
