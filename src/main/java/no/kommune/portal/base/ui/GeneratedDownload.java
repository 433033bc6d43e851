package no.kommune.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.export.ReportDocument;

/**
 * A button that builds a file in the background and then offers it as a download link. The UI stays
 * usable while the file is made: the browser polls for the result instead of waiting on the request.
 * The progress bar and the link join the page only when the first file is ordered: a list with four export buttons
 * sent eight hidden elements in its first answer before (issue 15).
 */
public class GeneratedDownload extends HorizontalLayout {

    private final Button start;
    private final ProgressBar progress = new ProgressBar();
    private final Anchor link = new Anchor();

    /**
     * @param label    button text (already translated)
     * @param format   the file's format: its MIME type and extension
     * @param baseName name the browser saves the file as, without the extension
     * @param work     builds the file's bytes; runs on a background thread with the user's security context
     */
    public GeneratedDownload(BackgroundWork background, String label, ExportFormat format, Supplier<String> baseName,
            Supplier<byte[]> work) {
        // spacing and alignment matter once the progress bar and the link are beside the button (see run)
        setSpacing(false);
        progress.setIndeterminate(true);
        progress.setWidth("8em");
        link.setVisible(false);
        start = new Button(label, e -> run(background, format.fileName(baseName.get()), format.mimeType(), work));
        add(start);
    }

    /** A button that builds the report (in the background too) and writes it in the format. */
    public static GeneratedDownload report(BackgroundWork background, String label, ExportFormat format,
            Supplier<String> baseName, Supplier<ReportDocument> report) {
        return new GeneratedDownload(background, label, format, baseName, () -> format.write(report.get()));
    }

    public Button getStartButton() {
        return start;
    }

    /** The link to the finished file: hidden, and not on the page until the first file is ordered. */
    public Anchor getLink() {
        return link;
    }

    private void run(BackgroundWork background, String fileName, String mimeType, Supplier<byte[]> work) {
        UI ui = UI.getCurrent();
        if (link.getParent().isEmpty()) {
            setSpacing(true);
            setAlignItems(Alignment.CENTER);
            add(progress, link);
        }
        start.setEnabled(false);
        progress.setVisible(true);
        link.setVisible(false);
        ui.setPollInterval(500);
        background.submit(work).whenComplete((bytes, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            start.setEnabled(true);
            progress.setVisible(false);
            if (error != null) {
                Notices.failure(error);
                return;
            }
            link.setHref(DownloadHandler.fromInputStream(event ->
                    new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length)));
            link.getElement().setAttribute("download", true);
            link.setText(ui.getTranslation("download.ready", fileName));
            link.setVisible(true);
        }));
    }
}
