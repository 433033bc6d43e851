package no.kommune.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
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
        // no dependency is ignored: base, security and organisation are slices like any feature (issue 10)
        slices().matching("no.kommune.portal.(*)..")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("no.kommune.portal.base..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a feature's class",
                        c -> c.getPackageName().startsWith("no.kommune.portal.")
                                && !c.getPackageName().startsWith("no.kommune.portal.base")))
                .because("base is the open module every feature uses; a dependency back would tie it to one feature")
                .check(CLASSES);
    }

    /**
     * Public service methods that carry no {@code @PreAuthorize} on purpose, each with the reason. Keyed by
     * {@code SimpleClassName#method}, or {@code SimpleClassName} for every method of that class. Adding an
     * entry is a security decision: say why in the reason, and keep {@link #PUBLIC_ON_PURPOSE_NOT_FOR_VIEWS}
     * in step if views must not call it.
     */
    static final Map<String, String> PUBLIC_ON_PURPOSE = Map.of(
            "CurrentUser", "answers who the caller herself is and which units she may see; it is what the secured "
                    + "services ask, also on the anonymous whistleblowing path and in scheduled jobs, and returns "
                    + "nothing about anyone else",
            "UserDirectory#findLogin", "the login itself: runs before anyone is signed in",
            "UserDirectory#mailAddressOf", "the mail dispatcher runs on a schedule with nobody signed in",
            "UserDirectory#signInWithSso", "single sign-on itself: runs before anyone is signed in in the portal",
            "NotificationService#send", "the one way services tell a user something (Notifier); called inside "
                    + "secured service methods, by scheduled reminders and by the anonymous whistleblowing form",
            "PortalUserDetailsService#loadUserByUsername", "Spring Security's login: runs before anyone is signed in");

    /** Of the above, the ones a view must never call: they hand out password hashes or write to other users. */
    static final Set<String> PUBLIC_ON_PURPOSE_NOT_FOR_VIEWS = Set.of(
            "UserDirectory", "NotificationService#send", "Notifier#send", "PortalUserDetailsService");

    private static boolean publicOnPurpose(JavaMethod method) {
        String owner = method.getOwner().getSimpleName();
        return PUBLIC_ON_PURPOSE.containsKey(owner) || PUBLIC_ON_PURPOSE.containsKey(owner + "#" + method.getName());
    }

    @Test
    void every_public_service_method_carries_PreAuthorize_or_is_public_on_purpose() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().doNotHaveModifier(JavaModifier.BRIDGE)
                .should(new ArchCondition<JavaMethod>("carry @PreAuthorize (on the method or its class) or be listed "
                        + "in ArchitectureTest.PUBLIC_ON_PURPOSE with a reason") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean secured = method.isAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                        if (!secured && !publicOnPurpose(method)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " is a public service method without @PreAuthorize: add @PreAuthorize with the "
                                    + "roles that may call it (and a row in AccessMatrixTest.SERVICES), or list "
                                    + "\"" + method.getOwner().getSimpleName() + "#" + method.getName()
                                    + "\" in ArchitectureTest.PUBLIC_ON_PURPOSE with the reason"));
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void views_never_call_the_unsecured_login_and_notification_methods() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(DescribedPredicate.describe("a public-on-purpose method not meant for views",
                        call -> {
                            String owner = call.getTargetOwner().getSimpleName();
                            return PUBLIC_ON_PURPOSE_NOT_FOR_VIEWS.contains(owner)
                                    || PUBLIC_ON_PURPOSE_NOT_FOR_VIEWS.contains(owner + "#" + call.getName());
                        }))
                .check(CLASSES);
    }

    @Test
    void the_public_on_purpose_list_names_only_methods_that_exist() {
        for (String entry : PUBLIC_ON_PURPOSE.keySet()) {
            String className = entry.contains("#") ? entry.substring(0, entry.indexOf('#')) : entry;
            String methodName = entry.contains("#") ? entry.substring(entry.indexOf('#') + 1) : null;
            boolean exists = CLASSES.stream()
                    .filter(c -> c.getSimpleName().equals(className) && c.isAnnotatedWith(Service.class))
                    .anyMatch(c -> methodName == null
                            || c.getMethods().stream().anyMatch(m -> m.getName().equals(methodName)));
            org.assertj.core.api.Assertions.assertThat(exists)
                    .as("PUBLIC_ON_PURPOSE entry %s names no public method of a @Service class; remove it", entry)
                    .isTrue();
        }
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .because("a view without an access annotation is denied by Vaadin, or worse, forgotten in the matrix")
                .check(CLASSES);
    }

    @Test
    void no_two_menu_entries_share_an_order() {
        java.util.Map<Double, java.util.List<String>> byOrder = new java.util.TreeMap<>();
        CLASSES.stream().filter(c -> c.isAnnotatedWith(com.vaadin.flow.router.Menu.class)).forEach(c -> byOrder
                .computeIfAbsent(c.getAnnotationOfType(com.vaadin.flow.router.Menu.class).order(),
                        k -> new java.util.ArrayList<>()).add(c.getSimpleName()));
        org.assertj.core.api.Assertions.assertThat(byOrder.values()).as("menu entries per order: %s", byOrder)
                .allMatch(names -> names.size() == 1);
    }
}
