package no.kommune.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Issue 10: each feature package is a module; Spring Modulith verifies that no module depends on another in a cycle
 * and none reaches into another's sub-packages (only {@code base} is open), and writes the module diagram that
 * docs/developing.md points to.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_modules_have_no_cycles_and_use_only_each_others_published_types() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_diagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
