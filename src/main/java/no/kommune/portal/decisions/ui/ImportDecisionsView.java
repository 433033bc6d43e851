package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.imports.LimitedUpload;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.decisions.DecisionImporter;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.decisions.ImportColumn;
import no.kommune.portal.decisions.ImportOptions;
import no.kommune.portal.decisions.ImportPreview;
import no.kommune.portal.decisions.ImportResult;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;

/**
 * Import of decisions and mandates from CSV or Excel: the page says which columns it reads (and offers a
 * template), the preview shows how each column of the file is read (the user may map it differently) and what
 * happens to every row; the import takes the good rows and lists every rejected one with its reason.
 * Reading and importing run in the background.
 */
@Route(DecisionLinks.IMPORT)
@RolesAllowed(Roles.MANAGEMENT)
public class ImportDecisionsView extends VerticalLayout implements HasDynamicTitle {

    private final DecisionImporter importer;
    private final BackgroundWork background;
    final ComboBox<PoliticalBody> body = new ComboBox<>();
    final TextField decisionTitle = Fields.textField("decisions.import.decisionTitle", TextLimits.TITLE);
    final TextField caseNumbers = Fields.textField("decisions.caseNumbers", 200);
    final Checkbox lenient = new Checkbox();
    final Grid<ImportColumn> columnGuide = new Grid<>();
    final Grid<ImportPreview.ColumnUse> columnMapping = new Grid<>();
    final Grid<ImportPreview.Problem> problems = new Grid<>();
    final Grid<ImportPreview.Line> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Div result = new Div();
    final Button importButton = new Button();
    final Anchor csvTemplate = new Anchor();
    final Anchor xlsxTemplate = new Anchor();
    private final ProgressBar progress = new ProgressBar();
    /** The user's column choices in the preview: file heading → column (null: ignore). */
    final Map<String, ImportColumn> columnChoices = new HashMap<>();
    private byte[] content;
    private String fileName;

    public ImportDecisionsView(DecisionImporter importer, OrganisationService organisation, BackgroundWork background) {
        this.importer = importer;
        this.background = background;
        setSizeFull();
        add(new Paragraph(getTranslation("decisions.import.intro")));
        add(columnsSection(), templates());

        body.setLabel(getTranslation("decisions.body"));
        body.setItems(organisation.activeBodies());
        body.setItemLabelGenerator(PoliticalBody::getName);
        body.setHelperText(getTranslation("decisions.import.bodyHelp"));
        lenient.setLabel(getTranslation("decisions.import.lenient"));
        body.addValueChangeListener(e -> preview());
        lenient.addValueChangeListener(e -> preview());

        Upload upload = new Upload(LimitedUpload.tabularFile(this::onFile, Notices::failure));
        // what the file picker offers (what the deprecated setAcceptedFileTypes set); not setAcceptedFileExtensions/
        // MimeTypes: those also reject on the server with Vaadin's English text before TabularFile's own message
        upload.getElement().setProperty("accept", String.join(",", TabularFile.acceptedFileTypes()));
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setId("import-upload");

        progress.setIndeterminate(true);
        progress.setVisible(false);
        configurePreviewGrids();
        result.setId("import-result");
        result.setVisible(false);
        summary.setId("import-summary");
        importButton.setText(getTranslation("decisions.import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("run-import");
        importButton.addClickListener(e -> runImport());

        add(new H2(getTranslation("decisions.import.fileHeading")), upload,
                new HorizontalLayout(body, decisionTitle, caseNumbers), lenient, progress, result, summary,
                columnMapping, problems, importButton, lines);
    }

    /** The columns the import reads: name, other names, required or not, format. */
    private Details columnsSection() {
        String statuses = String.join(", ", importer.statusLabels());
        columnGuide.addColumn(ImportColumn::heading).setHeader(getTranslation("decisions.import.columnName"))
                .setAutoWidth(true);
        // other names are column headings as files spell them (some in English): marked as not to be translated
        columnGuide.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ImportColumn>of(
                        "<span translate=\"no\">${item.names}</span>")
                        .withProperty("names", c -> c.names().stream().skip(1).collect(Collectors.joining(", "))))
                .setHeader(getTranslation("decisions.import.otherNames")).setFlexGrow(1);
        columnGuide.addColumn(c -> getTranslation("decisions.import.required." + required(c)))
                .setHeader(getTranslation("decisions.import.required")).setAutoWidth(true);
        // only the status description has a parameter: MessageFormat would eat the apostrophes of the others
        columnGuide.addColumn(c -> c == ImportColumn.STATUS ? getTranslation(c.descriptionKey(), statuses)
                        : getTranslation(c.descriptionKey()))
                .setHeader(getTranslation("decisions.import.format")).setFlexGrow(3);
        columnGuide.setItems(ImportColumn.values());
        columnGuide.setAllRowsVisible(true);
        columnGuide.setId("import-columns");
        Details details = new Details(getTranslation("decisions.import.columnsHeading"), columnGuide);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private static String required(ImportColumn column) {
        return switch (column) {
            case TITLE -> "TITLE";
            case BODY -> "BODY";
            default -> "NO";
        };
    }

    private HorizontalLayout templates() {
        csvTemplate.setText(getTranslation("decisions.import.templateCsv"));
        csvTemplate.setHref(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new ByteArrayInputStream(importer.template(false)), ExportFormat.CSV.fileName("vedtak-mal"), ExportFormat.CSV.mimeType(), -1)));
        csvTemplate.setId("template-csv");
        csvTemplate.getElement().setAttribute("download", true);
        xlsxTemplate.setText(getTranslation("decisions.import.templateXlsx"));
        xlsxTemplate.setHref(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                new ByteArrayInputStream(importer.template(true)), ExportFormat.XLSX.fileName("vedtak-mal"),
                ExportFormat.XLSX.mimeType(), -1)));
        xlsxTemplate.setId("template-xlsx");
        xlsxTemplate.getElement().setAttribute("download", true);
        return new HorizontalLayout(xlsxTemplate, csvTemplate);
    }

    private void configurePreviewGrids() {
        columnMapping.addColumn(ImportPreview.ColumnUse::header).setHeader(getTranslation("decisions.import.fileColumn"))
                .setAutoWidth(true);
        columnMapping.addComponentColumn(this::mappingSelect).setHeader(getTranslation("decisions.import.readAs"))
                .setFlexGrow(1);
        columnMapping.setAllRowsVisible(true);
        columnMapping.setId("import-mapping");
        columnMapping.setVisible(false);

        problems.addColumn(p -> p.line() == 0 ? getTranslation("decisions.import.wholeFile") : String.valueOf(p.line()))
                .setHeader(getTranslation("decisions.import.line")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation("decisions.import.severity." + p.severity()))
                .setHeader(getTranslation("decisions.import.severity")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("decisions.import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setId("import-problems");
        problems.setVisible(false);

        lines.addColumn(ImportPreview.Line::line).setHeader(getTranslation("decisions.import.line")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("decisions.import.outcome." + l.outcome()))
                .setHeader(getTranslation("decisions.import.outcome")).setAutoWidth(true);
        lines.addColumn(ImportPreview.Line::decision).setHeader(getTranslation("decisions.decision"));
        lines.addColumn(l -> (l.itemRef() == null ? "" : l.itemRef() + " ") + l.title())
                .setHeader(getTranslation("decisions.mandate"));
        lines.addColumn(ImportPreview.Line::deadline).setHeader(getTranslation("decisions.deadline"));
        lines.addColumn(ImportPreview.Line::status).setHeader(getTranslation("decisions.status"));
        lines.addColumn(ImportPreview.Line::responsible).setHeader(getTranslation("decisions.responsible"));
        lines.setHeight("400px");
        lines.setId("import-lines");
        lines.setVisible(false);
    }

    private Select<ImportColumn> mappingSelect(ImportPreview.ColumnUse use) {
        Select<ImportColumn> select = new Select<>();
        select.setItems(ImportColumn.values());
        select.setItemLabelGenerator(c -> c == null ? getTranslation("decisions.import.ignored") : c.heading());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("decisions.import.ignored"));
        select.setValue(use.column());
        select.setAriaLabel(getTranslation("decisions.import.readAsFor", use.header()));
        if (use.alreadyTaken()) {
            select.setHelperText(getTranslation("decisions.import.alreadyTaken"));
        }
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                columnChoices.put(use.header(), e.getValue());
                preview();
            }
        });
        return select;
    }

    /** Called with the uploaded file (also by tests). */
    void onFile(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        columnChoices.clear();
        result.setVisible(false);
        preview();
    }

    /** Reads the file as the user chose for one of its columns (also used by tests). */
    void chooseColumn(String header, ImportColumn column) {
        columnChoices.put(header, column);
        preview();
    }

    private ImportOptions options() {
        return new ImportOptions(body.getValue() == null ? null : body.getValue().getId(), decisionTitle.getValue(),
                caseNumbers.getValue(), lenient.getValue(), columnChoices);
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
        columnMapping.setItems(preview.columns());
        problems.setItems(preview.problems());
        lines.setItems(preview.lines());
        columnMapping.setVisible(true);
        problems.setVisible(!preview.problems().isEmpty());
        lines.setVisible(true);
        summary.setText(getTranslation("decisions.import.summary", preview.lines().size(), preview.newRows(),
                preview.duplicateRows(), preview.count(ImportPreview.Outcome.REJECTED),
                preview.count(ImportPreview.Outcome.DUPLICATE_IN_FILE)));
        importButton.setText(getTranslation("decisions.import.runCount", preview.newRows()));
        importButton.setEnabled(!preview.hasFileErrors() && preview.newRows() > 0);
    }

    private void runImport() {
        ImportOptions options = options();
        byte[] bytes = content;
        String name = fileName;
        importButton.setEnabled(false);
        inBackground(() -> importer.importFile(bytes, name, options), done -> {
            showResult(done);
            preview();
        });
    }

    private void showResult(ImportResult done) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("decisions.import.result", done.created(),
                done.alreadyImportedLines().size(), done.rejectedRows(), done.duplicateLines().size())));
        if (!done.alreadyImportedLines().isEmpty()) {
            result.add(new Paragraph(getTranslation("decisions.import.resultAlready", done.alreadyImportedLines()
                    .stream().map(String::valueOf).collect(Collectors.joining(", ")))));
        }
        for (ImportPreview.Problem p : done.rejected()) {
            Paragraph line = new Paragraph(getTranslation("decisions.import.rejectedLine", p.line(),
                    getTranslation(p.messageKey(), p.args().toArray())));
            line.addClassName("rejected-row");
            result.add(line);
        }
        result.setVisible(true);
        Notices.success("decisions.import.done", done.created());
    }

    private <T> void inBackground(Supplier<T> work, Consumer<T> onDone) {
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        ui.setPollInterval(500);
        background.submit(work).whenComplete((value, error) -> ui.access(() -> {
            progress.setVisible(false);
            ui.setPollInterval(-1);
            if (error != null) {
                problems.setItems();
                lines.setItems();
                summary.setText("");
                importButton.setEnabled(false);
                Notices.failure(error);
            } else {
                onDone.accept(value);
            }
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.nav.import");
    }
}
