package no.kommune.portal.base.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.kommune.portal.base.UserFacingException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * An xlsx file is a zip archive; a small one can unpack to gigabytes (a zip bomb) and take the server down while
 * POI reads it. Before POI sees the file, this inflates it once, without keeping anything, and refuses it when the
 * unpacked content is larger than {@link #MAX_UNPACKED_BYTES} or has too many entries. Sizes are counted while
 * inflating, never taken from the archive's headers (which a bomb can fake). POI's own limits are set as a second
 * line (entry size, inflate ratio, file count).
 */
final class ZipGuard {

    /** Far above what {@link TabularFile#MAX_ROWS} rows of a real sheet unpack to, far below a risky heap use. */
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private ZipGuard() {
    }

    static void check(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new UserFacingException("import.error.unpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
                }
                total += drain(zip, buffer, MAX_UNPACKED_BYTES - total);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException("import.error.unreadable");
        }
    }

    /** Reads the current entry to its end, refusing as soon as more than {@code allowance} bytes came out. */
    private static long drain(InputStream entry, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
            read += n;
            if (read > allowance) {
                throw new UserFacingException("import.error.unpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
            }
        }
        return read;
    }
}
