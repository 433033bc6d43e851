package no.kommune.portal.decisions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.imports.TabularFile;

/**
 * Which column of the file is which {@link ImportColumn}: recognised by name, or as the user chose in the
 * preview (a choice overrides the name; choosing nothing ignores the column). Columns nobody recognises are
 * listed as ignored, never silently dropped.
 */
final class ColumnMapping {

    private final Map<ImportColumn, String> headerOf = new EnumMap<>(ImportColumn.class);
    private final List<ImportPreview.ColumnUse> uses = new ArrayList<>();

    private ColumnMapping() {
    }

    /** @param choices file heading (any case) → column, or null to ignore; may be empty */
    static ColumnMapping of(TabularFile.Row first, Map<String, ImportColumn> choices) {
        ColumnMapping mapping = new ColumnMapping();
        Map<String, ImportColumn> chosen = new java.util.HashMap<>();
        Map<String, Boolean> explicitlyIgnored = new java.util.HashMap<>();
        (choices == null ? Map.<String, ImportColumn>of() : choices).forEach((header, column) -> {
            chosen.put(ImportColumn.normalise(header), column);
            explicitlyIgnored.put(ImportColumn.normalise(header), column == null);
        });
        for (String header : first.values().keySet()) {
            String key = ImportColumn.normalise(header);
            ImportColumn column = chosen.containsKey(key) ? chosen.get(key) : recognise(header);
            boolean taken = column != null && mapping.headerOf.containsKey(column);
            if (column != null && !taken) {
                mapping.headerOf.put(column, header);
            }
            mapping.uses.add(new ImportPreview.ColumnUse(header, taken ? null : column,
                    Boolean.TRUE.equals(explicitlyIgnored.get(key)), taken));
        }
        return mapping;
    }

    private static ImportColumn recognise(String header) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.matches(header)) {
                return column;
            }
        }
        return null;
    }

    boolean has(ImportColumn column) {
        return headerOf.containsKey(column);
    }

    /** The file's own heading of the column (for messages), or the template heading if the file has none. */
    String header(ImportColumn column) {
        return headerOf.getOrDefault(column, column.heading());
    }

    String get(TabularFile.Row row, ImportColumn column) {
        String header = headerOf.get(column);
        return header == null ? "" : row.get(header);
    }

    List<ImportPreview.ColumnUse> uses() {
        return Collections.unmodifiableList(uses);
    }
}
