package no.kommune.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The package rules of docs/conventions: package by feature, views in ui, views talk to services. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kommune.portal");

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void ui_never_touches_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class).check(CLASSES);
    }

    @Test
    void nothing_outside_ui_depends_on_ui() {
        // the security configuration must name the login view; nothing else may reach into ui
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void services_and_entities_are_not_vaadin_components() {
        noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Entity.class)
                .should().beAssignableTo(Component.class).check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_feature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void entities_have_a_version_through_the_common_base() {
        classes().that().areAnnotatedWith(Entity.class).and().doNotHaveSimpleName("AuditRevision")
                .should().beAssignableTo(no.kommune.portal.base.AbstractEntity.class).check(CLASSES);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("no.kommune.portal.(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "no.kommune.portal.base..", "no.kommune.portal.security.."))
                .check(CLASSES);
    }
}
