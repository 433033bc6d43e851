package no.kommune.portal.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.imports.LimitedUpload;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserImportColumn;
import no.kommune.portal.organisation.UserImportPreview;
import no.kommune.portal.organisation.UserImportResult;
import no.kommune.portal.organisation.UserImportService;

/**
 * Import of people from CSV or Excel, in the organisation chart import's manner: the page says which columns it
 * reads (and offers templates), the preview shows every row with what happens to its account and every problem
 * with its line, and the import saves all rows or none. Reading and importing run in the background.
 */
@Route(OrganisationLinks.USER_IMPORT)
@RolesAllowed(Roles.ADMIN)
public class UserImportView extends VerticalLayout implements HasDynamicTitle {

    private final UserImportService service;
    private final BackgroundWork background;
    final Grid<UserImportColumn> columnGuide = new Grid<>();
    final Grid<Problem> problems = new Grid<>();
    final Grid<UserImportPreview.Line> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Div result = new Div();
    final Button importButton = new Button();
    final Anchor csvTemplate = new Anchor();
    final Anchor xlsxTemplate = new Anchor();
    private final ProgressBar progress = new ProgressBar();
    private byte[] content;
    private String fileName;

    public UserImportView(UserImportService service, BackgroundWork background) {
        this.service = service;
        this.background = background;
        setSizeFull();
        add(new Paragraph(getTranslation("users.import.intro")), columnsSection(), templates());

        Upload upload = new Upload(LimitedUpload.tabularFile(this::onFile, Notices::failure));
        // what the file picker offers (what the deprecated setAcceptedFileTypes set); not setAcceptedFileExtensions/
        // MimeTypes: those also reject on the server with Vaadin's English text before TabularFile's own message
        upload.getElement().setProperty("accept", String.join(",", TabularFile.acceptedFileTypes()));
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setId("import-upload");

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("org.import.reading"));
        configurePreviewGrids();
        result.setId("import-result");
        result.setVisible(false);
        summary.setId("import-summary");
        importButton.setText(getTranslation("org.import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setId("run-import");
        importButton.addClickListener(e -> runImport());
        Button back = new Button(getTranslation("users.import.back"),
                e -> UI.getCurrent().navigate(UserAdminView.class));
        back.setId("import-back");

        add(new H2(getTranslation("org.import.fileHeading")), upload, progress, result, summary, problems,
                new HorizontalLayout(importButton, back), lines);
    }

    private Details columnsSection() {
        columnGuide.addColumn(UserImportColumn::portalName).setHeader(getTranslation("org.import.columnName"))
                .setAutoWidth(true);
        // other names are headings as files spell them: marked as not to be translated
        columnGuide.addColumn(LitRenderer.<UserImportColumn>of("<span translate=\"no\">${item.names}</span>")
                .withProperty("names", c -> String.join(", ", c.otherNames())))
                .setHeader(getTranslation("org.import.otherNames")).setFlexGrow(2);
        columnGuide.addColumn(c -> getTranslation(c.descriptionKey())).setHeader(getTranslation("org.import.format"))
                .setFlexGrow(3);
        columnGuide.setItems(UserImportColumn.values());
        columnGuide.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        columnGuide.setAllRowsVisible(true);
        columnGuide.setId("import-columns");
        Details details = new Details(getTranslation("org.import.columnsHeading"), columnGuide);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private HorizontalLayout templates() {
        csvTemplate.setText(getTranslation("org.import.templateCsv"));
        csvTemplate.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(service.importTemplate(false)), ExportFormat.CSV.fileName("brukere-mal"), ExportFormat.CSV.mimeType(), -1)));
        csvTemplate.setId("template-csv");
        csvTemplate.getElement().setAttribute("download", true);
        xlsxTemplate.setText(getTranslation("org.import.templateXlsx"));
        xlsxTemplate.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(service.importTemplate(true)), ExportFormat.XLSX.fileName("brukere-mal"),
                ExportFormat.XLSX.mimeType(), -1)));
        xlsxTemplate.setId("template-xlsx");
        xlsxTemplate.getElement().setAttribute("download", true);
        return new HorizontalLayout(xlsxTemplate, csvTemplate);
    }

    private void configurePreviewGrids() {
        problems.addColumn(p -> p.line() == 0 ? getTranslation("org.import.wholeFile") : String.valueOf(p.line()))
                .setHeader(getTranslation("org.import.line")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation("org.import.severity." + p.severity()))
                .setHeader(getTranslation("org.import.severity")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("org.import.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setId("import-problems");
        problems.setVisible(false);

        lines.addColumn(UserImportPreview.Line::line).setHeader(getTranslation("org.import.line")).setAutoWidth(true);
        lines.addColumn(l -> getTranslation("users.import.outcome." + l.outcome()))
                .setHeader(getTranslation("org.import.outcome")).setAutoWidth(true);
        lines.addColumn(UserImportPreview.Line::fullName).setHeader(getTranslation("users.fullName")).setFlexGrow(2);
        lines.addColumn(UserImportPreview.Line::username).setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        lines.addColumn(UserImportPreview.Line::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        lines.addColumn(UserImportPreview.Line::units).setHeader(getTranslation("users.units")).setFlexGrow(2);
        lines.addColumn(l -> l.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        lines.addColumn(l -> l.changes().stream().map(m -> getTranslation(m.key(), m.args().toArray()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("org.import.changes")).setFlexGrow(3);
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setHeight("400px");
        lines.setId("import-lines");
        lines.setVisible(false);
    }

    /** Called with the uploaded file (also by tests). */
    void onFile(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        result.setVisible(false);
        preview();
    }

    void preview() {
        if (content == null) {
            return;
        }
        byte[] bytes = content;
        String name = fileName;
        inBackground(() -> service.previewImport(bytes, name), this::showPreview);
    }

    private void showPreview(UserImportPreview preview) {
        problems.setItems(preview.problems());
        lines.setItems(preview.lines());
        problems.setVisible(!preview.problems().isEmpty());
        lines.setVisible(true);
        long changed = preview.count(Outcome.NEW) + preview.count(Outcome.UPDATED);
        summary.setText(getTranslation("users.import.summary", preview.lines().size(), preview.count(Outcome.NEW),
                preview.count(Outcome.UPDATED), preview.count(Outcome.UNCHANGED), preview.rowsWithErrors())
                + (preview.hasErrors() ? " " + getTranslation("org.import.nothingWhileErrors") : ""));
        importButton.setText(getTranslation("users.import.runCount", changed));
        importButton.setEnabled(preview.importable());
    }

    private void runImport() {
        byte[] bytes = content;
        String name = fileName;
        importButton.setEnabled(false);
        inBackground(() -> service.importFile(bytes, name), done -> {
            showResult(done);
            preview();
        });
    }

    private void showResult(UserImportResult done) {
        result.removeAll();
        result.add(new Paragraph(getTranslation("users.import.result", done.created(), done.updated(),
                done.unchanged())));
        result.setVisible(true);
        Notices.success("users.import.done", done.created(), done.updated());
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
        return getTranslation("users.import.title");
    }
}
