package no.kommune.portal.deviations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import no.kommune.portal.base.Formats;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitNode;

/**
 * One deviation: what was reported, the handling (status, forwarding, actions, closing) and its history.
 * Whether the user may see it at all is decided by the service (a confidential read is logged there).
 */
@Route(DeviationLinks.LIST)
@PermitAll
public class DeviationDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeviationService service;
    private final OrganisationService organisation;
    private final transient AuthenticationContext auth;
    private boolean quality;
    private Long id;
    private String title = "";

    public DeviationDetailView(DeviationService service, OrganisationService organisation, AuthenticationContext auth) {
        this.service = service;
        this.organisation = organisation;
        this.auth = auth;
    }

    @Override
    public void setParameter(BeforeEvent event, Long deviationId) {
        this.id = deviationId;
        // every visit: the router reuses this view for the next deviation
        quality = auth.hasRole(Roles.QUALITY);
        show();
    }

    void show() {
        removeAll();
        DeviationViews.DeviationDetail d = service.detail(id);
        title = getTranslation("deviations.detail.title", d.id());
        add(new H2(title + " – " + d.title()));
        if (d.personalData()) {
            Div notice = new Div(new Span(getTranslation("deviations.confidential.notice")));
            notice.setId("confidential-notice");
            notice.getStyle().set("color", "var(--lumo-error-text-color)");
            add(notice);
        }
        if (d.stuck()) {
            Div stuck = new Div(new Span(getTranslation("deviations.stuck.notice")));
            stuck.setId("stuck-notice");
            stuck.getStyle().set("color", "var(--lumo-error-text-color)");
            add(stuck);
        }
        add(line("deviations.field.status", getTranslation(d.status().key()), "detail-status"));
        add(line("deviations.field.category", d.categoryName(), null));
        add(line("deviations.field.severity", getTranslation(d.severity().key()), null));
        add(line("deviations.field.occurredAt", Formats.dateTime(d.occurredAt()), null));
        add(line("deviations.detail.location", d.locationUnit()
                + (d.locationText() == null ? "" : " – " + d.locationText()), null));
        add(line("deviations.detail.reporter", d.reporterName() + ", " + Formats.dateTime(d.reportedAt()), null));
        add(line("deviations.detail.reportedTo", d.reportedToUnit(), "detail-unit"));
        add(line("deviations.detail.handler", d.handlerName(), "detail-handler"));
        add(line("deviations.detail.chain", String.join(", ", d.handlingChain()), null));
        add(new H3(getTranslation("deviations.label.description")), new Paragraph(d.description()));
        if (d.immediateAction() != null) {
            add(line("deviations.label.immediateAction", d.immediateAction(), null));
        }
        add(actionButtons(d));

        if (d.status() == DeviationStatus.CLOSED || d.cause() != null) {
            add(new H3(getTranslation("deviations.detail.closing")));
            add(line("deviations.field.cause", nz(d.cause()), null));
            add(line("deviations.field.measures", nz(d.measures()), null));
            add(line("deviations.label.learning", nz(d.learning()), null));
        }

        add(new H3(getTranslation("deviations.detail.actions")));
        Grid<DeviationViews.ActionLine> actions = new Grid<>();
        actions.addColumn(DeviationViews.ActionLine::description).setHeader(getTranslation("deviations.field.action"))
                .setFlexGrow(3);
        actions.addColumn(DeviationViews.ActionLine::ownerName).setHeader(getTranslation("deviations.field.owner"));
        actions.addColumn(a -> Formats.date(a.deadline())).setHeader(getTranslation("deviations.field.deadline"));
        actions.addComponentColumn(a -> actionState(d, a)).setHeader(getTranslation("deviations.action.done"));
        actions.setItems(d.actions());
        actions.setAllRowsVisible(true);
        actions.setId("actions-grid");
        add(actions);

        add(new H3(getTranslation("deviations.detail.history")));
        Grid<DeviationViews.HistoryLine> history = new Grid<>();
        history.addColumn(h -> Formats.dateTime(h.when())).setHeader(getTranslation("deviations.col.when")).setAutoWidth(true);
        history.addColumn(DeviationViews.HistoryLine::who).setHeader(getTranslation("deviations.col.who")).setAutoWidth(true);
        history.addColumn(h -> getTranslation("deviations.kind." + h.kind())).setHeader(getTranslation("deviations.col.what"));
        history.addColumn(h -> (h.fromStatus() == null || h.fromStatus() == h.toStatus() ? ""
                : getTranslation(h.fromStatus().key()) + " → ") + (h.toStatus() == null ? "" : getTranslation(h.toStatus().key())))
                .setHeader(getTranslation("deviations.col.status"));
        history.addColumn(h -> h.toUnit().isEmpty() ? "" : (h.fromUnit().isEmpty() ? "" : h.fromUnit() + " → ") + h.toUnit())
                .setHeader(getTranslation("deviations.col.unit"));
        history.addColumn(DeviationViews.HistoryLine::comment).setHeader(getTranslation("deviations.col.comment"))
                .setFlexGrow(3);
        history.setItems(d.history().reversed());
        history.setAllRowsVisible(true);
        history.setId("history-grid");
        add(history);

        if (quality && d.personalData()) {
            add(new H3(getTranslation("deviations.detail.readLog")));
            Grid<DeviationViews.ReadLogLine> log = new Grid<>();
            log.addColumn(l -> Formats.dateTime(l.when())).setHeader(getTranslation("deviations.col.when"));
            log.addColumn(DeviationViews.ReadLogLine::who).setHeader(getTranslation("deviations.col.who"));
            log.setItems(service.readLog(d.id(), 0, 200));
            log.setAllRowsVisible(true);
            log.setId("read-log-grid");
            add(log);
        }
    }

    private Component actionState(DeviationViews.DeviationDetail d, DeviationViews.ActionLine a) {
        if (a.doneAt() != null) {
            return new Span(Formats.dateTime(a.doneAt()));
        }
        if (!d.mayHandle()) {
            return new Span("");
        }
        return new Button(getTranslation("deviations.action.completeAction"), e -> {
            try {
                service.completeAction(a.id());
                show();
            } catch (RuntimeException ex) {
                no.kommune.portal.base.ui.Notices.failure(ex);
            }
        });
    }

    private HorizontalLayout actionButtons(DeviationViews.DeviationDetail d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        if (d.mayHandle() && d.status() != DeviationStatus.CLOSED) {
            bar.add(button("deviations.action.changeStatus", "action-status",
                    () -> new StatusDialog(service, d, this::show).open()));
            bar.add(button("deviations.action.forward", "action-forward",
                    () -> new ForwardDialog(service, d,
                            organisation.unitTree().stream().filter(UnitNode::active).toList(), this::show).open()));
            bar.add(button("deviations.action.addAction", "action-add",
                    () -> new ActionDialog(service, organisation, d.id(), this::show).open()));
            bar.add(button("deviations.action.close", "action-close",
                    () -> new CloseDialog(service, d, this::show).open()));
        }
        if (d.mayTakeOver()) {
            bar.add(button("deviations.action.takeOver", "action-take-over", () -> {
                try {
                    service.takeOver(d.id(), d.version(), null);
                    no.kommune.portal.base.ui.Notices.success("deviations.takenOver");
                    show();
                } catch (RuntimeException ex) {
                    no.kommune.portal.base.ui.Notices.failure(ex);
                }
            }));
        }
        if (d.mayReopen()) {
            bar.add(button("deviations.action.reopen", "action-reopen",
                    () -> new ReopenDialog(service, d, this::show).open()));
        }
        return bar;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    private Div line(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Span text = new Span(value == null ? "" : value);
        Div div = new Div(label, text);
        if (id != null) {
            text.setId(id);
        }
        return div;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
