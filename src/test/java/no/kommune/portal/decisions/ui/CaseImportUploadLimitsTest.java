package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 item 8: the upload limit holds on the server (not only in the browser), and an xlsx zip bomb is refused
 * before it is unpacked. Each time: a clear message, nothing stored, and the next good file still imports.
 */
class CaseImportUploadLimitsTest extends KaribuTest {

    @Autowired OrgFixtures org;

    private CaseListView view;
    private Upload upload;

    @BeforeEach
    void openTheCaseImport() {
        PoliticalBody body = org.body("Formannskapet", BodyType.COMMITTEE, org.municipality());
        login("direktor-opplasting", Roles.MANAGEMENT);
        UI.getCurrent().navigate(CaseListView.class);
        view = _get(CaseListView.class);
        view.body.setValue(body);
        upload = _get(Upload.class);
    }

    private List<String> notifications() {
        MockVaadin.clientRoundtrip(false);
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text")).toList();
    }

    private void assertTheNextGoodFileStillImports() {
        NotificationsKt.clearNotifications();
        UploadKt._upload(upload, "saker.csv", "text/csv",
                "case_number,title\n7/26,Skolebruksplan\n".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_on_the_server_and_nothing_is_stored() {
        byte[] big = ("case_number,title\n" + "1/26,Skolebruksplan\n".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(TabularFile.MAX_BYTES);

        UploadKt._upload(upload, "stor.csv", "text/csv", big);

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("Filen er for stor (maks 10 MB)"));
        assertThat(GridKt._size(view.grid)).isZero();
        assertTheNextGoodFileStillImports();
    }

    @Test
    void a_file_announced_too_large_is_refused_before_its_body_is_read() throws IOException {
        AtomicLong bytesRead = new AtomicLong();
        UploadEvent event = event("stor.csv", TabularFile.MAX_BYTES + 1L, countingStream(bytesRead, 50_000_000));

        UploadKt.get_handler(upload).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(bytesRead.get()).isZero();
        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("Filen er for stor"));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void a_file_that_lies_about_its_size_is_cut_off_just_after_the_limit() throws IOException {
        AtomicLong bytesRead = new AtomicLong();
        UploadEvent event = event("liten.csv", 100, countingStream(bytesRead, 200_000_000));

        UploadKt.get_handler(upload).handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(bytesRead.get()).as("read stops right after the limit").isLessThan(TabularFile.MAX_BYTES + 200_000L);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void an_xlsx_zip_bomb_is_refused_with_a_clear_message_and_the_server_stays_healthy() throws IOException {
        byte[] bomb = xlsxWithPadding(100L * 1024 * 1024);
        assertThat(bomb.length).as("small on the wire").isLessThan(TabularFile.MAX_BYTES);

        UploadKt._upload(upload, "bombe.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb);

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("pakker seg ut til mer enn 64 MB"));
        assertThat(GridKt._size(view.grid)).isZero();
        assertTheNextGoodFileStillImports();
    }

    /** A real workbook plus one extra entry of zeros that unpacks to {@code unpackedSize} bytes. */
    static byte[] xlsxWithPadding(long unpackedSize) throws IOException {
        ByteArrayOutputStream workbookBytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Saker");
            sheet.createRow(0).createCell(0).setCellValue("case_number");
            sheet.getRow(0).createCell(1).setCellValue("title");
            sheet.createRow(1).createCell(0).setCellValue("9/26");
            sheet.getRow(1).createCell(1).setCellValue("Bombe");
            workbook.write(workbookBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                var original = new java.util.zip.ZipInputStream(
                        new java.io.ByteArrayInputStream(workbookBytes.toByteArray()))) {
            zip.setLevel(9);
            for (ZipEntry e = original.getNextEntry(); e != null; e = original.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                original.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < unpackedSize; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private UploadEvent event(String fileName, long announcedSize, InputStream body) throws IOException {
        Part part = Mockito.mock(Part.class);
        Mockito.when(part.getInputStream()).thenReturn(body);
        Mockito.when(part.getSize()).thenReturn(announcedSize);
        Mockito.when(part.getSubmittedFileName()).thenReturn(fileName);
        return new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), VaadinSession.getCurrent(),
                fileName, announcedSize, "text/csv", upload.getElement(), part);
    }

    /** A stream of {@code length} bytes of CSV-ish text that counts what was read from it. */
    private static InputStream countingStream(AtomicLong counter, long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= length) {
                    return -1;
                }
                position++;
                counter.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - position);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                position += n;
                counter.addAndGet(n);
                return n;
            }
        };
    }
}
