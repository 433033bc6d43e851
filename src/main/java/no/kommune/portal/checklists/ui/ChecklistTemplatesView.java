package no.kommune.portal.checklists.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.MainLayout;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.AreaContent;
import no.kommune.portal.checklists.ChecklistViews.QuestionContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import no.kommune.portal.checklists.TemplateVersion;
import no.kommune.portal.organisation.Roles;

/**
 * Checklist templates and their versions. Quality edits a draft (areas, questions, help text) and publishes
 * it; a published version is read-only, and "edit" makes a new draft so answers already given never change.
 */
@Route(value = ChecklistLinks.TEMPLATES, layout = MainLayout.class)
@RolesAllowed({Roles.QUALITY, Roles.MANAGEMENT, Roles.ADMIN})
@Menu(order = 23, icon = "vaadin:list-ol", title = "checklists.nav.templates")
public class ChecklistTemplatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChecklistService service;
    private final boolean quality;
    final Grid<TemplateVersionRow> grid = new Grid<>();
    final Div content = new Div();
    Long shownVersionId;

    public ChecklistTemplatesView(ChecklistService service, AuthenticationContext auth) {
        this.service = service;
        this.quality = auth.hasRole(Roles.QUALITY);
        setSizeFull();
        if (quality) {
            Button create = new Button(getTranslation("checklists.newTemplate"), e -> new TextDialog(
                    getTranslation("checklists.newTemplate"), "checklists.templateName", TextLimits.NAME, "",
                    "checklists.description", "", (name, description) -> {
                        shownVersionId = service.createTemplate(name, description);
                        refresh();
                    }).open());
            create.setId("new-template");
            add(create);
        }
        grid.addColumn(TemplateVersionRow::templateName).setHeader(getTranslation("checklists.template"))
                .setFlexGrow(3);
        grid.addColumn(v -> "v" + v.versionNo() + (v.label() == null ? "" : " (" + v.label() + ")"))
                .setHeader(getTranslation("checklists.version")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("checklists.versionState." + v.state()))
                .setHeader(getTranslation("checklists.status")).setAutoWidth(true);
        grid.addColumn(TemplateVersionRow::questionCount).setHeader(getTranslation("checklists.questions"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                shownVersionId = e.getValue().versionId();
                showContent();
            }
        });
        grid.setId("templates-grid");
        grid.setHeight("16em");
        add(grid, content);
        content.setWidthFull();
    }

    void refresh() {
        grid.setItems(service.templateVersions());
        showContent();
    }

    void showContent() {
        content.removeAll();
        if (shownVersionId == null) {
            return;
        }
        TemplateContent c = service.templateContent(shownVersionId);
        TemplateVersionRow v = c.version();
        boolean editable = quality && v.state() == TemplateVersion.State.DRAFT;
        content.add(new H2(v.displayName()));
        HorizontalLayout bar = new HorizontalLayout();
        if (quality && v.state() == TemplateVersion.State.PUBLISHED) {
            Button edit = new Button(getTranslation("checklists.newDraft"), e -> {
                shownVersionId = service.editableDraft(v.templateId());
                Notices.success("checklists.draftReady");
                refresh();
            });
            edit.setId("new-draft");
            bar.add(edit, new Span(getTranslation("checklists.publishedReadOnly")));
        }
        if (editable) {
            Button addArea = new Button(getTranslation("checklists.addArea"), e -> new TextDialog(
                    getTranslation("checklists.addArea"), "checklists.areaTitle", TextLimits.TITLE, "",
                    "checklists.helpText", "", (title, help) -> {
                        service.addArea(v.versionId(), title, help);
                        refresh();
                    }).open());
            addArea.setId("add-area");
            Button publish = new Button(getTranslation("checklists.publish"), e -> {
                try {
                    service.publish(v.versionId());
                    Notices.success("checklists.versionPublished");
                    refresh();
                } catch (RuntimeException ex) {
                    Notices.failure(ex);
                }
            });
            publish.setId("publish-version");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(addArea, publish);
        }
        content.add(bar);
        for (AreaContent area : c.areas()) {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            box.add(new H3(area.areaNo() + " " + area.title()));
            if (area.helpText() != null) {
                box.add(new Paragraph(area.helpText()));
            }
            for (QuestionContent q : area.questions()) {
                HorizontalLayout row = new HorizontalLayout(new Span(q.itemNo() + " " + q.text()));
                if (q.helpText() != null) {
                    Span help = new Span(q.helpText());
                    help.addClassName("checklists-help");
                    row.add(help);
                }
                if (editable) {
                    Button edit = new Button(getTranslation("action.edit"), e -> new TextDialog(
                            getTranslation("checklists.editQuestion"), "checklists.question", TextLimits.TITLE,
                            q.text(), "checklists.helpText", q.helpText(), (text, help) -> {
                                service.updateQuestion(q.questionId(), text, help);
                                refresh();
                            }).open());
                    edit.setId("edit-question-" + q.itemNo());
                    row.add(edit);
                }
                box.add(row);
            }
            if (editable) {
                Button addQuestion = new Button(getTranslation("checklists.addQuestion"), e -> new TextDialog(
                        getTranslation("checklists.addQuestion"), "checklists.question", TextLimits.TITLE, "",
                        "checklists.helpText", "", (text, help) -> {
                            service.addQuestion(area.areaId(), text, help);
                            refresh();
                        }).open());
                addQuestion.setId("add-question-" + area.areaNo());
                box.add(addQuestion);
            }
            content.add(box);
        }
    }

    /** Fresh rows on every visit: the router reuses this view when the menu link is clicked again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklists.nav.templates");
    }
}
