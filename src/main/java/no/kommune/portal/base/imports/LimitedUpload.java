package no.kommune.portal.base.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import no.kommune.portal.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one uploaded file into memory with the size limit enforced on the server: {@code Upload.setMaxFileSize}
 * is checked only in the browser, and {@code UploadHandler.inMemory} buffers whatever arrives. A file announced as
 * too large is refused before its body is read; a file whose announced size lies is cut off as soon as one byte
 * more than the limit has arrived. Either way the callback never runs (nothing is stored) and the user is told
 * {@code import.error.tooLarge} in her UI.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(LimitedUpload.class);

    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> onFile;
    private final SerializableConsumer<UserFacingException> onRefused;
    /** The refusal's message key and argument, e.g. "import.error.tooLarge" with the limit in MB. */
    private final String tooLargeKey;
    private final long tooLargeArg;

    private LimitedUpload(long maxBytes, SerializableBiConsumer<String, byte[]> onFile,
            SerializableConsumer<UserFacingException> onRefused, String tooLargeKey, long tooLargeArg) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onRefused = onRefused;
        this.tooLargeKey = tooLargeKey;
        this.tooLargeArg = tooLargeArg;
    }

    /**
     * A file of at most {@link TabularFile#MAX_BYTES}; {@code onFile} and {@code onRefused} run in the UI (inside
     * {@code UI.access}), with the file name and content, or with the refusal to show.
     */
    public static LimitedUpload tabularFile(SerializableBiConsumer<String, byte[]> onFile,
            SerializableConsumer<UserFacingException> onRefused) {
        return of(TabularFile.MAX_BYTES, onFile, onRefused);
    }

    static LimitedUpload of(long maxBytes, SerializableBiConsumer<String, byte[]> onFile,
            SerializableConsumer<UserFacingException> onRefused) {
        return new LimitedUpload(maxBytes, onFile, onRefused, "import.error.tooLarge", maxBytes / (1024 * 1024));
    }

    /**
     * A small file such as a logo, of at most {@code maxBytes}; a larger one is refused with {@code tooLargeKey},
     * whose argument is the limit in KB. The content is still checked by whoever receives it.
     */
    public static LimitedUpload smallFile(long maxBytes, String tooLargeKey,
            SerializableBiConsumer<String, byte[]> onFile, SerializableConsumer<UserFacingException> onRefused) {
        return new LimitedUpload(maxBytes, onFile, onRefused, tooLargeKey, maxBytes / 1024);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName, event.getFileSize());
            return;
        }
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = readAtMost(in, maxBytes);
        }
        if (data == null) {
            refuse(event, ui, fileName, -1);
            return;
        }
        ui.access(() -> onFile.accept(fileName, data));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void refuse(UploadEvent event, UI ui, String fileName, long announced) {
        log.info("Upload of {} refused: larger than {} bytes (announced {})", fileName, maxBytes, announced);
        UserFacingException refusal = new UserFacingException(tooLargeKey, tooLargeArg);
        event.reject(refusal.getMessageKey());
        ui.access(() -> onRefused.accept(refusal));
    }

    /** The whole stream, or null as soon as it proves longer than {@code max} bytes (the rest is never read). */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
