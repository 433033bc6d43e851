package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import no.kommune.portal.base.Link;
import no.kommune.portal.checklists.ChecklistLinks;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.municipality.MunicipalityLinks;
import no.kommune.portal.notifications.NotificationLinks;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.reports.ReportLinks;
import no.kommune.portal.setup.SetupLinks;
import no.kommune.portal.supervisions.SupervisionLinks;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link a feature hands out (every public static method of every {@code <Feature>Links} class, called with
 * sample ids) opens a registered view: a renamed route, or a link built for a view that takes no id, fails here
 * rather than in a user's mail.
 */
class LinksTest extends KaribuTest {

    private static final Class<?>[] LINKS = {DeviationLinks.class, DecisionLinks.class, ChecklistLinks.class,
            SupervisionLinks.class, WhistleblowingLinks.class, OrganisationLinks.class, MunicipalityLinks.class,
            NotificationLinks.class, ReportLinks.class, SetupLinks.class};

    static Stream<Arguments> links() {
        return Arrays.stream(LINKS).flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() == Link.class)
                .map(m -> Arguments.of(m.getDeclaringClass().getSimpleName() + "." + m.getName(), invoke(m)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("links")
    void each_link_opens_a_registered_view(String method, Link link) {
        assertThat(RouteConfiguration.forApplicationScope().getRoute(link.path()))
                .as("%s: %s", method, link.href()).isPresent();
    }

    @Test
    void a_link_to_no_view_is_caught() {
        assertThat(RouteConfiguration.forApplicationScope().getRoute(Link.to("avvik/ukjent/1").path())).isEmpty();
        assertThat(RouteConfiguration.forApplicationScope().getRoute(Link.to("oppfolging/oppdrag").path()))
                .as("the mandate view needs an id").isEmpty();
    }

    private static Link invoke(Method m) {
        Object[] args = Arrays.stream(m.getParameterTypes()).map(LinksTest::sample).toArray();
        try {
            return (Link) m.invoke(null, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m.toString(), e);
        }
    }

    private static Object sample(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalArgumentException("No sample value for " + type + "; add one to LinksTest");
    }
}
