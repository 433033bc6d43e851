package no.kommune.portal.organisation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator imports the municipality's people from CSV or Excel (issue 12 item 2): preview first, then
 * all or nothing, matched on re-import so nobody is duplicated. The rules live in {@link UserImporter}; the
 * decisions (no passwords, matching, deactivated accounts) in decision 024.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserImportService {

    private final UserImporter importer;
    private final UserAccountRepository users;

    public UserImportService(UserImporter importer, UserAccountRepository users) {
        this.importer = importer;
        this.users = users;
    }

    /** Reads the file and says what importing it would do; saves nothing. */
    public UserImportPreview previewImport(byte[] content, String fileName) {
        return importer.preview(content, fileName);
    }

    /** Imports the whole file, or nothing when any row has an error (the preview shows which). */
    @Transactional
    public UserImportResult importFile(byte[] content, String fileName) {
        UserImportResult result = importer.importFile(content, fileName);
        users.flush();
        return result;
    }

    /** The empty template: CSV (UTF-8 with BOM, semicolons) or, if {@code xlsx}, Excel. */
    public byte[] importTemplate(boolean xlsx) {
        return xlsx ? UserImportTemplate.xlsx() : UserImportTemplate.csv();
    }
}
