package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Issue 10: each feature package is a module; Spring Modulith verifies that no module depends on another in a cycle
 * and none reaches into another's sub-packages (only {@code base} is open), and writes the module diagram that
 * docs/developing.md points to.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /** Where the Documenter writes (it empties the folder first); never committed. */
    static final Path GENERATED = Path.of("target", "modules");
    /** The committed diagrams. */
    static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void the_modules_have_no_cycles_and_use_only_each_others_published_types() {
        MODULES.verify();
    }

    /**
     * The Documenter iterates sets, so the same modules come out in a different line order on each run. The
     * diagrams are written to target/modules, and a committed diagram is replaced only when its set of lines
     * differs (the module structure changed), so a test run leaves the working tree clean.
     */
    @Test
    void writes_the_module_diagram() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        updateChanged(GENERATED, COMMITTED);
    }

    @Test
    void a_committed_diagram_changes_only_when_its_set_of_lines_does(@TempDir Path dir) throws IOException {
        Path generated = Files.createDirectories(dir.resolve("generated"));
        Path committed = Files.createDirectories(dir.resolve("committed"));
        Files.writeString(committed.resolve("components.puml"), "@startuml\nA --> B\nB --> C\n@enduml\n");
        Files.writeString(committed.resolve("module-gone.puml"), "@startuml\n@enduml\n");
        Files.writeString(committed.resolve("notes.txt"), "kept");
        Files.writeString(generated.resolve("components.puml"), "@startuml\nB --> C\nA --> B\n@enduml\n");
        Files.writeString(generated.resolve("module-new.puml"), "@startuml\nN\n@enduml\n");

        updateChanged(generated, committed);
        assertThat(Files.readString(committed.resolve("components.puml")))
                .isEqualTo("@startuml\nA --> B\nB --> C\n@enduml\n");
        assertThat(committed.resolve("module-new.puml")).hasContent("@startuml\nN\n@enduml");
        assertThat(committed.resolve("module-gone.puml")).doesNotExist();
        assertThat(committed.resolve("notes.txt")).exists();

        Files.writeString(generated.resolve("components.puml"), "@startuml\nB --> C\nA --> D\n@enduml\n");
        updateChanged(generated, committed);
        assertThat(Files.readString(committed.resolve("components.puml")))
                .isEqualTo("@startuml\nB --> C\nA --> D\n@enduml\n");
    }

    /**
     * Copies every .puml file of {@code from} to {@code to} when the file there is missing or has another set of
     * lines; removes a .puml file of {@code to} that {@code from} no longer has (a module that is gone).
     */
    static void updateChanged(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Set<Path> written = new HashSet<>();
        for (Path generated : diagrams(from)) {
            Path committed = to.resolve(generated.getFileName().toString());
            written.add(committed.getFileName());
            if (!Files.exists(committed) || !lines(generated).equals(lines(committed))) {
                Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path committed : diagrams(to)) {
            if (!written.contains(committed.getFileName())) {
                Files.delete(committed);
            }
        }
    }

    private static List<Path> diagrams(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".puml")).sorted().toList();
        }
    }

    private static Set<String> lines(Path file) {
        try {
            return Set.copyOf(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::stripTrailing)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
