package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.HistoryGrid;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionCorrections;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.organisation.Roles;

/** One mandate with its decision, the other points of the same decision and the full history. */
@Route(DecisionLinks.MANDATE)
@RolesAllowed({Roles.MANAGEMENT, Roles.ADMIN, Roles.QUALITY, Roles.POLITICIAN, Roles.LEADER})
public class MandateDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FollowUpService service;
    private final transient AuthenticationContext auth;
    private boolean management;
    private String title = "";

    public MandateDetailView(FollowUpService service, AuthenticationContext auth) {
        this.service = service;
        this.auth = auth;
    }

    @Override
    public void setParameter(BeforeEvent event, Long mandateId) {
        // every visit: the router reuses this view for the next mandate
        management = auth.hasRole(Roles.MANAGEMENT);
        show(mandateId);
    }

    private void show(Long mandateId) {
        removeAll();
        FollowUpService.MandateDetail detail = service.detail(mandateId);
        MandateRow r = detail.row();
        title = r.title();
        add(new H2(r.numberedTitle()));
        add(line("decisions.decision", r.bodyName() + " · " + r.decisionTitle()
                + (r.caseNumbers() == null ? "" : " (" + r.caseNumbers() + ")")
                + (r.meetingDate() == null ? "" : ", " + Formats.date(r.meetingDate()))));
        if (detail.archiveReference() != null) {
            add(line("decisions.archiveReference", detail.archiveReference()));
        }
        if (!r.originDisplay().isEmpty()) {
            Paragraph origin = line("decisions.origin", r.originDisplay()
                    + (r.originYear() == null || r.state().isClosed() ? ""
                            : " (" + getTranslation("decisions.originSince", String.valueOf(r.originYear())) + ")"));
            origin.setId("mandate-origin");
            add(origin);
        }
        add(line("decisions.deadline", r.deadlineWithDueDate()));
        add(line("decisions.owner", r.ownerName()));
        add(line("decisions.responsible", r.responsibleNames()));
        HorizontalLayout status = new HorizontalLayout(new Span(getTranslation("decisions.status") + ":"), new StatusBadge(r));
        add(status);
        add(line("decisions.statusText", r.statusText() == null ? "" : r.statusText()));
        if (r.description() != null) {
            add(new Paragraph(r.description()));
        }
        add(actions(r));

        Grid<FollowUpService.HistoryLine> history = new Grid<>();
        history.addColumn(h -> Formats.dateTime(h.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        history.addColumn(FollowUpService.HistoryLine::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        history.addColumn(h -> getTranslation("decisions.event." + h.kind())).setHeader(getTranslation("history.type"));
        history.addColumn(h -> (h.fromStatus() == null ? "" : h.fromStatus() + " → ") + (h.toStatus() == null ? "" : h.toStatus()))
                .setHeader(getTranslation("decisions.status"));
        history.addColumn(FollowUpService.HistoryLine::statusText).setHeader(getTranslation("decisions.statusText")).setFlexGrow(3);
        history.addColumn(FollowUpService.HistoryLine::comment).setHeader(getTranslation("decisions.comment")).setFlexGrow(2);
        history.addColumn(FollowUpService.HistoryLine::period).setHeader(getTranslation("decisions.period"));
        history.setItems(detail.history().reversed());
        history.setAllRowsVisible(true);
        history.setId("mandate-history");
        add(new H2(getTranslation("decisions.history")), history);
        if (!detail.siblings().isEmpty()) {
            Grid<MandateRow> siblings = new Grid<>();
            siblings.addColumn(MandateRow::numberedTitle)
                    .setHeader(getTranslation("decisions.mandate"));
            siblings.addColumn(StatusBadge.renderer(this::getTranslation)).setHeader(getTranslation("decisions.status"));
            siblings.setItems(detail.siblings());
            siblings.setAllRowsVisible(true);
            siblings.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MandateDetailView.class, e.getItem().id())));
            add(new H2(getTranslation("decisions.otherPoints")), siblings);
        }
        add(new H2(getTranslation("decisions.correct.history")), corrections(detail.corrections()));
        add(new Details(getTranslation("decisions.fieldChanges"), new HistoryGrid(detail.changes())));
    }

    private HorizontalLayout actions(MandateRow r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (r.mayUpdate()) {
            Button update = new Button(getTranslation("decisions.updateStatus"),
                    e -> new StatusUpdateDialog(service, r, management, saved -> show(r.id())).open());
            update.setId("update-status");
            actions.add(update);
        }
        if (management) {
            Button correct = new Button(getTranslation("decisions.correct.button"),
                    e -> getUI().ifPresent(ui -> ui.navigate(EditDecisionView.class, r.decisionId())));
            correct.setId("correct-decision");
            actions.add(correct);
        }
        if (management && r.doneProposed()) {
            TextArea comment = Fields.textArea("decisions.comment", TextLimits.LONG_TEXT);
            comment.setId("closing-comment");
            Button confirm = new Button(getTranslation("decisions.confirmDone"), e -> {
                try {
                    service.confirmDone(r.id(), comment.getValue());
                    Notices.success("decisions.confirmed");
                    show(r.id());
                } catch (RuntimeException ex) {
                    Notices.failure(ex);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            confirm.setId("confirm-done");
            Button sendBack = new Button(getTranslation("decisions.sendBack"), e -> {
                try {
                    service.sendBack(r.id(), comment.getValue());
                    Notices.success("decisions.sentBack");
                    show(r.id());
                } catch (RuntimeException ex) {
                    Notices.failure(ex);
                }
            });
            sendBack.setId("send-back");
            VerticalLayout closing = new VerticalLayout(new Paragraph(getTranslation("decisions.proposedExplain")),
                    comment, new HorizontalLayout(confirm, sendBack));
            closing.setPadding(false);
            actions.add(closing);
        }
        return actions;
    }

    /** Corrections of the mandate and its decision: field, old → new, who (full name), when and why. */
    private Grid<DecisionCorrections.CorrectionLine> corrections(List<DecisionCorrections.CorrectionLine> lines) {
        Grid<DecisionCorrections.CorrectionLine> grid = new Grid<>();
        grid.addColumn(c -> Formats.dateTime(c.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(DecisionCorrections.CorrectionLine::who).setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("decisions." + c.field())
                + (c.ofDecision() ? " (" + getTranslation("decisions.decision").toLowerCase(Formats.NORWEGIAN) + ")" : ""))
                .setHeader(getTranslation("decisions.correct.field")).setAutoWidth(true);
        grid.addColumn(c -> shown(c, c.oldValue()) + " → " + shown(c, c.newValue()))
                .setHeader(getTranslation("history.changes")).setFlexGrow(3);
        grid.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(getTranslation("decisions.correct.reasonShort"))
                .setFlexGrow(2);
        grid.setItems(lines.reversed());
        grid.setAllRowsVisible(true);
        grid.setId("mandate-corrections");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("decisions.correct.none"));
        return grid;
    }

    private String shown(DecisionCorrections.CorrectionLine line, String value) {
        if (value == null) {
            return getTranslation("decisions.correct.empty");
        }
        return "kind".equals(line.field()) ? getTranslation("decisions.kind." + value) : value;
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key) + ": " + (value == null ? "" : value));
        p.getStyle().set("margin", "0");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
