package no.kommune.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.Function;

/**
 * The upload component's own texts ("Upload File...", "Drop file here", error messages) in the user's language.
 * {@link MainLayout} applies them to every {@link Upload} of a view after navigation, so views that create an
 * Upload need do nothing; {@link #of} serves an Upload created later (in a dialog).
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Function<String, String> translate) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(translate.apply("a11y.upload.dropOne"))
                        .setMany(translate.apply("a11y.upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(translate.apply("a11y.upload.addOne"))
                        .setMany(translate.apply("a11y.upload.addMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(translate.apply("a11y.upload.tooManyFiles"))
                        .setFileIsTooBig(translate.apply("a11y.upload.fileIsTooBig"))
                        .setIncorrectFileType(translate.apply("a11y.upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(translate.apply("a11y.upload.connecting"))
                                .setStalled(translate.apply("a11y.upload.stalled"))
                                .setProcessing(translate.apply("a11y.upload.processing"))
                                .setHeld(translate.apply("a11y.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(translate.apply("a11y.upload.remaining"))
                                .setUnknown(translate.apply("a11y.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(translate.apply("a11y.upload.serverUnavailable"))
                                .setUnexpectedServerError(translate.apply("a11y.upload.unexpectedServerError"))
                                .setForbidden(translate.apply("a11y.upload.forbidden"))
                                .setFileTooLarge(translate.apply("a11y.upload.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(translate.apply("a11y.upload.retry"))
                        .setStart(translate.apply("a11y.upload.start"))
                        .setRemove(translate.apply("a11y.upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    /** Gives every Upload under {@code root} the translated texts. */
    static void applyTo(Component root) {
        if (root instanceof Upload upload) {
            upload.setI18n(of(key -> upload.getTranslation(key)));
        }
        root.getChildren().forEach(UploadTexts::applyTo);
    }
}
