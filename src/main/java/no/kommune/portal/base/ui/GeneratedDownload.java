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

/**
 * A button that builds a file in the background and then offers it as a download link. The UI stays
 * usable while the file is made: the browser polls for the result instead of waiting on the request.
 */
public class GeneratedDownload extends HorizontalLayout {

    private final Button start;
    private final ProgressBar progress = new ProgressBar();
    private final Anchor link = new Anchor();

    /**
     * @param label     button text (already translated)
     * @param fileName  name the browser saves the file as
     * @param mimeType  e.g. application/pdf
     * @param work      builds the file's bytes; runs on a background thread with the user's security context
     */
    public GeneratedDownload(BackgroundWork background, String label, Supplier<String> fileName, String mimeType,
            Supplier<byte[]> work) {
        setAlignItems(Alignment.CENTER);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("8em");
        link.setVisible(false);
        start = new Button(label, e -> run(background, fileName.get(), mimeType, work));
        add(start, progress, link);
    }

    public Button getStartButton() {
        return start;
    }

    public Anchor getLink() {
        return link;
    }

    private void run(BackgroundWork background, String fileName, String mimeType, Supplier<byte[]> work) {
        UI ui = UI.getCurrent();
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
