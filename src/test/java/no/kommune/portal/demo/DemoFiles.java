package no.kommune.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.imports.TabularFile;

/** The seeds' CSVs as copied to src/test/resources/demo/, for the demo data tests. */
final class DemoFiles {

    private DemoFiles() {
    }

    static List<TabularFile.Row> rows(String file) {
        try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + file)) {
            return TabularFile.read(in.readAllBytes(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TabularFile.Row> rows(String file, DemoMunicipality municipality) {
        return rows(file).stream().filter(municipality::owns).toList();
    }

    /** The values of a column in one municipality's rows. */
    static Set<String> column(String file, DemoMunicipality municipality, String column) {
        return rows(file, municipality).stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    /** The values of a column found only in this municipality's rows, not in the other's. */
    static Set<String> onlyIn(String file, DemoMunicipality municipality, String column) {
        DemoMunicipality other = municipality == DemoMunicipality.ROROS ? DemoMunicipality.ELVERUM
                : DemoMunicipality.ROROS;
        Set<String> theirs = column(file, other, column);
        return column(file, municipality, column).stream().filter(v -> !theirs.contains(v))
                .collect(Collectors.toSet());
    }
}
