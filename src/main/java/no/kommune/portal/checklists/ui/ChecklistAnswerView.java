package no.kommune.portal.checklists.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.ui.ErrorMessages;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.checklists.AnswerValue;
import no.kommune.portal.checklists.ChecklistInstance;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.checklists.ChecklistReport;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;
import no.kommune.portal.checklists.ChecklistViews.AreaAnswers;
import no.kommune.portal.checklists.ChecklistViews.HistoryLine;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * One unit's checklist: every question answered on the scale Ja / Delvis / Nei / Ikke aktuelt with a comment,
 * saved as soon as it is chosen; actions for Nei/Delvis; submit (locks); reopen (quality); history; export.
 * Whether the user may see or answer it is decided by the service, never by hidden buttons alone.
 */
@Route(value = ChecklistLinks.CHECKLIST, layout = MainLayout.class)
@RolesAllowed({Roles.LEADER, Roles.QUALITY, Roles.MANAGEMENT, Roles.ADMIN, Roles.POLITICIAN})
public class ChecklistAnswerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ChecklistService service;
    private final ChecklistReport report;
    private final OrganisationService organisation;
    private final BackgroundWork background;
    private String title = "";
    private Long instanceId;
    /** Per question id: the answer choice and the comment, for tests and refresh. */
    final Map<String, RadioButtonGroup<AnswerValue>> choices = new LinkedHashMap<>();
    final Map<String, TextArea> comments = new LinkedHashMap<>();
    Button submit;
    Button reopen;
    Span progress;
    /** Names the Nei/Delvis answers that still need an action or a reason (null when none do). */
    Span missingActions;

    public ChecklistAnswerView(ChecklistService service, ChecklistReport report, OrganisationService organisation,
            BackgroundWork background) {
        this.service = service;
        this.report = report;
        this.organisation = organisation;
        this.background = background;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.instanceId = id;
        // Refused or unknown: thrown here, so the router shows "Du har ikke tilgang" with HTTP 403 (ErrorView).
        service.instance(id);
        show();
    }

    void show() {
        removeAll();
        missingActions = null;
        choices.clear();
        comments.clear();
        InstanceDetail d;
        try {
            d = service.instance(instanceId);
        } catch (AccessDeniedException | UserFacingException e) {
            Paragraph denied = new Paragraph(ErrorMessages.describe(e, Notices::translate));
            denied.setId("no-access");
            add(denied);
            return;
        }
        title = d.row().unitName() + " – " + d.row().roundName();
        add(new H2(title));
        add(new Paragraph(d.templateName() + " · " + getTranslation("checklists.deadline") + " "
                + Formats.date(d.row().deadline())));
        Span state = new Span(getTranslation("checklists.state." + d.row().state()));
        state.getElement().getThemeList().add(d.row().state() == ChecklistInstance.State.SUBMITTED
                ? "badge success" : d.row().overdue() ? "badge error" : "badge");
        state.setId("instance-state");
        progress = new Span(getTranslation("checklists.progress", d.answered(), d.total()));
        progress.setId("progress");
        HorizontalLayout head = new HorizontalLayout(state, progress);
        if (d.row().overdue()) {
            Span overdue = new Span(getTranslation("checklists.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            head.add(overdue);
        }
        add(head);
        if (d.mayAnswer()) {
            add(new Paragraph(getTranslation("checklists.answerHelp")));
        }
        for (AreaAnswers area : d.areas()) {
            add(new H3(area.areaNo() + " " + area.title()));
            if (area.helpText() != null) {
                Paragraph help = new Paragraph(area.helpText());
                help.addClassName("checklists-help");
                add(help);
            }
            for (QuestionAnswer q : area.questions()) {
                add(question(d, q));
            }
        }
        add(buttons(d));
        add(actions(d));
        add(history(d));
    }

    private Component question(InstanceDetail d, QuestionAnswer q) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new Span(q.itemNo() + " " + q.text()));
        if (q.helpText() != null) {
            Span help = new Span(q.helpText());
            help.addClassName("checklists-help");
            box.add(help);
        }
        RadioButtonGroup<AnswerValue> choice = new RadioButtonGroup<>();
        choice.setItems(AnswerValue.values());
        choice.setItemLabelGenerator(v -> getTranslation("checklists.answer." + v));
        choice.setValue(q.answer());
        choice.setId("answer-" + q.itemNo());
        choice.setReadOnly(!d.mayAnswer());
        TextArea comment = Fields.textArea("checklists.comment", TextLimits.LONG_TEXT);
        comment.setValue(q.comment() == null ? "" : q.comment());
        comment.setId("comment-" + q.itemNo());
        comment.setReadOnly(!d.mayAnswer());
        choices.put(q.itemNo(), choice);
        comments.put(q.itemNo(), comment);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                save(q, choice, comment);
            }
        });
        comment.addValueChangeListener(e -> {
            if (choice.getValue() != null) {
                save(q, choice, comment);
            }
        });
        box.add(choice, comment);
        if (q.answer() != null && q.answer().allowsAction()) {
            box.add(actionNeed(d, q));
        }
        return box;
    }

    /**
     * A Nei or Delvis answer needs an action (tiltak) or a reason why none is needed: says which is missing
     * and offers both.
     */
    private Component actionNeed(InstanceDetail d, QuestionAnswer q) {
        HorizontalLayout line = new HorizontalLayout();
        line.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        line.setWrap(true);
        Span state = new Span();
        state.setId("action-need-" + q.itemNo());
        if (q.lacksAction()) {
            state.setText(getTranslation("checklists.lacksAction"));
            state.getElement().getThemeList().add("badge error");
        } else if (q.actionCount() == 0) {
            state.setText(getTranslation("checklists.noActionGiven", q.noActionReason()));
            state.getElement().getThemeList().add("badge contrast");
        }
        line.add(state);
        if (d.mayAnswer()) {
            Button add = new Button(getTranslation("checklists.addAction"),
                    e -> new ActionDialog(service, organisation, d.row().id(), q, this::show).open());
            add.setId("add-action-" + q.itemNo());
            Button none = new Button(getTranslation("checklists.noAction"), e -> new TextDialog(
                    getTranslation("checklists.noAction") + " – " + q.itemNo(), "checklists.noActionReason",
                    TextLimits.TITLE, q.noActionReason(), null, null, (reason, ignored) -> {
                        service.explainNoAction(d.row().id(), q.questionId(), reason);
                        Notices.success("checklists.saved");
                        show();
                    }).open());
            none.setId("no-action-" + q.itemNo());
            line.add(add, none);
        }
        return line;
    }

    /** Saves one answer; on bad input the field shows why and keeps what was typed. */
    boolean save(QuestionAnswer q, RadioButtonGroup<AnswerValue> choice, TextArea comment) {
        var check = Validators.text(TextLimits.LONG_TEXT).apply(comment.getValue(), new ValueContext(comment));
        if (check.isError()) {
            comment.setInvalid(true);
            comment.setErrorMessage(check.getErrorMessage());
            return false;
        }
        try {
            service.answer(instanceId, q.questionId(), choice.getValue(), comment.getValue());
            comment.setInvalid(false);
            AnswerValue before = q.answer();
            if (before == null || before.allowsAction() != choice.getValue().allowsAction()) {
                show(); // progress and the action button follow the answer
                // the page was rebuilt: give focus back to the question, or a keyboard user starts over at the top
                RadioButtonGroup<AnswerValue> again = choices.get(q.itemNo());
                if (again != null) {
                    again.getElement().executeJs("const i = this.querySelector('vaadin-radio-button[checked] input')"
                            + " || this.querySelector('input'); if (i) { i.focus(); }");
                }
            } else {
                Notices.success("checklists.saved");
            }
            return true;
        } catch (UserFacingException ex) {
            comment.setInvalid(true);
            comment.setErrorMessage(ErrorMessages.describe(ex, Notices::translate));
            return false;
        } catch (RuntimeException ex) {
            Notices.failure(ex);
            return false;
        }
    }

    private Component buttons(InstanceDetail d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        submit = new Button(getTranslation("checklists.submit"), e -> {
            try {
                service.submit(d.row().id(), service.instance(d.row().id()).row().version());
                Notices.success("checklists.submitted");
                show();
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(d.mayAnswer());
        reopen = new Button(getTranslation("checklists.reopen"), e -> new TextDialog(getTranslation("checklists.reopen"),
                "checklists.reopenReason", TextLimits.TITLE, "", null, null, (reason, ignored) -> {
                    service.reopen(d.row().id(), reason);
                    Notices.success("checklists.reopened");
                    show();
                }).open());
        reopen.setId("reopen");
        reopen.setVisible(d.mayReopen());
        bar.add(submit, reopen);
        List<String> lacking = d.itemsLackingAction();
        if (d.mayAnswer() && !lacking.isEmpty()) {
            missingActions = new Span(getTranslation("checklists.missingActions", String.join(", ", lacking)));
            missingActions.setId("missing-actions");
            missingActions.getStyle().set("color", "var(--lumo-error-text-color)");
            bar.add(missingActions);
        }
        String file = "sjekkliste-" + d.row().id();
        bar.add(GeneratedDownload.report(background, getTranslation("checklists.exportPdf"), ExportFormat.PDF,
                () -> file, () -> report.unitChecklist(d.row().id())));
        bar.add(GeneratedDownload.report(background, getTranslation("checklists.exportXlsx"), ExportFormat.XLSX,
                () -> file, () -> report.unitChecklist(d.row().id())));
        return bar;
    }

    private Component actions(InstanceDetail d) {
        Div box = new Div();
        box.setWidthFull();
        box.add(new H3(getTranslation("checklists.actions")));
        Grid<ActionRow> grid = new Grid<>();
        grid.addColumn(ActionRow::itemNo).setHeader(getTranslation("checklists.itemNo")).setAutoWidth(true);
        grid.addColumn(ActionRow::title).setHeader(getTranslation("checklists.action")).setFlexGrow(3);
        grid.addColumn(ActionRow::ownerName).setHeader(getTranslation("checklists.owner")).setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.deadline())).setHeader(getTranslation("checklists.deadline"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("checklists.actionState." + a.state())
                + (a.overdue() ? " – " + getTranslation("checklists.overdue") : ""))
                .setHeader(getTranslation("checklists.status")).setAutoWidth(true);
        grid.addColumn(ActionRow::statusText).setHeader(getTranslation("checklists.statusText")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Button update = new Button(getTranslation("checklists.updateAction"),
                    e -> new ActionStatusDialog(service, a, this::show).open());
            update.setId("update-action-" + a.id());
            update.setEnabled(a.mayUpdate());
            return update;
        });
        grid.setItems(d.actions());
        grid.setAllRowsVisible(true);
        grid.setId("actions-grid");
        box.add(grid);
        return box;
    }

    private Component history(InstanceDetail d) {
        Div box = new Div();
        box.setWidthFull();
        box.add(new H3(getTranslation("checklists.history")));
        Grid<HistoryLine> grid = new Grid<>();
        grid.addColumn(h -> Formats.dateTime(h.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(HistoryLine::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("checklists.event." + h.kind())).setHeader(getTranslation("history.type"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.describe(v -> getTranslation("checklists.answer." + v)))
                .setHeader(getTranslation("checklists.comment")).setFlexGrow(3);
        grid.setItems(d.history().reversed());
        grid.setAllRowsVisible(true);
        grid.setId("history-grid");
        box.add(grid);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("checklists.nav.mine") : title;
    }

    static void open(Long instanceId) {
        UI.getCurrent().navigate(ChecklistAnswerView.class, instanceId);
    }
}
