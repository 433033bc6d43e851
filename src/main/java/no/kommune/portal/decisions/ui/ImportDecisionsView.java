package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.imports.LimitedUpload;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionImporter;
import no.kommune.portal.decisions.ImportOptions;
import no.kommune.portal.decisions.ImportPreview;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.security.Roles;

/**
 * Import of decisions and mandates from CSV or Excel: upload, preview with row-level problems in plain
 * Norwegian, then import everything or nothing. Reading and importing run in the background.
 */
@Route("vedtak/import")
@RolesAllowed(Roles.MANAGEMENT)
public class ImportDecisionsView extends VerticalLayout implements HasDynamicTitle {

    private final DecisionImporter importer;
    private final BackgroundWork background;
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final TextField decisionTitle = Fields.textField("decisions.import.decisionTitle", TextLimits.TITLE);
    final TextField caseNumbers = Fields.textField("decisions.caseNumbers", 200);
    final Checkbox lenient = new Checkbox();
    final Grid<ImportPreview.Problem> problems = new Grid<>();
    final Grid<ImportPreview.Line> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button importButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private byte[] content;
    private String fileName;

    public ImportDecisionsView(DecisionImporter importer, OrganisationService organisation, BackgroundWork background) {
        this.importer = importer;
        this.background = background;
        setSizeFull();
        add(new Paragraph(getTranslation("decisions.import.intro")));
        body.setLabel(getTranslation("decisions.body"));
        body.setItems(organisation.activeBodies());
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setHelperText(getTranslation("decisions.import.bodyHelp"));
        lenient.setLabel(getTranslation("decisions.import.lenient"));
        body.addValueChangeListener(e -> preview());
        lenient.addValueChangeListener(e -> preview());

        Upload upload = new Upload(LimitedUpload.tabularFile(this::onFile, Notices::failure));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        upload.setMaxFiles(1);

        progress.setIndeterminate(true);
        progress.setVisible(false);
        problems.addColumn(p -> p.line() == 0 ? "" : String.valueOf(p.line())).setHeader(getTranslation("decisions.import.line")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation("decisions.import.severity." + p.severity())).setHeader(getTranslation("decisions.import.severity")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray())).setHeader(getTranslation("decisions.import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setId("import-problems");
        lines.addColumn(ImportPreview.Line::line).setHeader(getTranslation("decisions.import.line")).setAutoWidth(true);
        lines.addColumn(ImportPreview.Line::decision).setHeader(getTranslation("decisions.decision"));
        lines.addColumn(l -> (l.itemRef() == null ? "" : l.itemRef() + " ") + l.title()).setHeader(getTranslation("decisions.mandate"));
        lines.addColumn(ImportPreview.Line::deadline).setHeader(getTranslation("decisions.deadline"));
        lines.addColumn(ImportPreview.Line::status).setHeader(getTranslation("decisions.status"));
        lines.addColumn(ImportPreview.Line::responsible).setHeader(getTranslation("decisions.responsible"));
        lines.addColumn(l -> l.duplicate() ? getTranslation("decisions.import.alreadyThere") : "")
                .setHeader(getTranslation("decisions.import.duplicate"));
        lines.setHeight("400px");
        importButton.setText(getTranslation("decisions.import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("run-import");
        importButton.addClickListener(e -> runImport());

        add(upload, new HorizontalLayout(body, decisionTitle, caseNumbers), lenient, progress, summary, problems,
                importButton, lines);
    }

    /** Called with the uploaded file (also by tests). */
    void onFile(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        preview();
    }

    private ImportOptions options() {
        return new ImportOptions(body.getValue() == null ? null : body.getValue().getId(), decisionTitle.getValue(),
                caseNumbers.getValue(), lenient.getValue());
    }

    void preview() {
        if (content == null) {
            return;
        }
        ImportOptions options = options();
        byte[] bytes = content;
        String name = fileName;
        inBackground(() -> importer.preview(bytes, name, options), this::showPreview);
    }

    private void showPreview(ImportPreview preview) {
        problems.setItems(preview.problems());
        lines.setItems(preview.lines());
        summary.setText(getTranslation("decisions.import.summary", preview.lines().size(), preview.newRows(),
                preview.duplicateRows(), preview.problems().stream()
                        .filter(p -> p.severity() == ImportPreview.Severity.ERROR).count()));
        importButton.setEnabled(!preview.hasErrors() && preview.newRows() > 0);
    }

    private void runImport() {
        ImportOptions options = options();
        byte[] bytes = content;
        String name = fileName;
        importButton.setEnabled(false);
        inBackground(() -> importer.importFile(bytes, name, options), created -> {
            Notices.success("decisions.import.done", created);
            preview();
        });
    }

    private <T> void inBackground(Supplier<T> work, java.util.function.Consumer<T> onDone) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        ui.setPollInterval(500);
        background.submit(work).whenComplete((result, error) -> ui.access(() -> {
            progress.setVisible(false);
            ui.setPollInterval(-1);
            if (error != null) {
                problems.setItems();
                lines.setItems();
                summary.setText("");
                importButton.setEnabled(false);
                Notices.failure(error);
            } else {
                onDone.accept(result);
            }
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.import");
    }
}
