package no.kommune.portal.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.TestSecurity;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Asks the portal's own access machinery what each principal may do, without running any view or service
 * body: Vaadin's {@link NavigationAccessControl} (the object the router consults before every navigation)
 * for routes, and Spring Security's method interceptors (the ones wrapped around every service bean) for
 * service methods. {@link AccessMatrixTest} compares the answers with its table.
 */
final class AccessMatrix {

    /** The columns of the table: every role, then "not signed in". */
    static final List<String> PRINCIPALS = List.of(Roles.ADMIN, Roles.MANAGEMENT, Roles.LEADER, Roles.POLITICIAN,
            Roles.QUALITY, Roles.EMPLOYEE, Roles.WHISTLEBLOWING_RECEIVER, "ANONYMOUS");
    /** One letter per column, in the order above; a dot means denied. */
    static final String LETTERS = "AMLPQEWN";

    private AccessMatrix() {
    }

    // ---- routes ------------------------------------------------------------------------------------------

    /** Every class annotated {@code @Route} on the classpath under no.kommune.portal, keyed like the table. */
    static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("no.kommune.portal")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                Class<?> previous = routes.put(routeKey(view), view);
                if (previous != null) {
                    throw new IllegalStateException("Two views share the key " + routeKey(view) + ": " + previous
                            + " and " + view);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /** The route's path as the user types it, with {@code /{id}} for views that take a parameter. */
    static String routeKey(Class<?> view) {
        String path = view.getAnnotation(Route.class).value();
        if (HasUrlParameter.class.isAssignableFrom(view)) {
            path = path.isEmpty() ? "{id}" : path + "/{id}";
        }
        return "/" + path;
    }

    /** The pattern the router decides for this view, e.g. {@code ".ML.Q..."}. Needs a current Vaadin UI. */
    static String routePattern(ApplicationContext context, Class<?> view) {
        NavigationAccessControl control = context.getBean(NavigationAccessControl.class);
        if (!control.isEnabled()) {
            throw new IllegalStateException("Vaadin's navigation access control is disabled");
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < PRINCIPALS.size(); i++) {
            String principal = PRINCIPALS.get(i);
            boolean anonymous = principal.equals("ANONYMOUS");
            Principal user = anonymous ? null : TestSecurity.runAs("matrix-" + principal.toLowerCase(), principal);
            Predicate<String> hasRole = role -> !anonymous && role.equals(principal);
            String path = routeKey(view).substring(1).replace("{id}", "1");
            NavigationContext navigation = new NavigationContext(UI.getCurrent().getInternals().getRouter(), view,
                    new Location(path), RouteParameters.empty(), user, hasRole, false);
            boolean allowed = control.checkAccess(navigation, false).decision() == AccessCheckDecision.ALLOW;
            pattern.append(allowed ? LETTERS.charAt(i) : '.');
            TestSecurity.clear();
        }
        return pattern.toString();
    }

    // ---- service methods ---------------------------------------------------------------------------------

    record ServiceMethod(String key, Object bean, Method method) {
    }

    /** Every public instance method of every {@code @Service} bean of the portal, keyed like the table. */
    static Map<String, ServiceMethod> serviceMethods(ApplicationContext context) {
        Map<String, ServiceMethod> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("no.kommune.portal")) {
                continue;
            }
            List<Method> declared = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::toString))
                    .toList();
            for (Method m : declared) {
                boolean overloaded = declared.stream().filter(o -> o.getName().equals(m.getName())).count() > 1;
                String key = type.getSimpleName() + "#" + m.getName() + (overloaded ? "(" + String.join(",",
                        Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList()) + ")" : "");
                methods.put(key, new ServiceMethod(key, bean, m));
            }
        }
        return methods;
    }

    /**
     * The pattern method security decides for this method: every before-method authorization interceptor of
     * the context (the same beans the service proxies run) is asked with a stand-in invocation whose
     * {@code proceed()} never reaches the service, so no body runs and nothing is written.
     */
    static String servicePattern(ApplicationContext context, ServiceMethod target) {
        // no proxy or no security advice: nothing stands between a caller and the method (all columns allowed)
        List<MethodInterceptor> interceptors = AopUtils.isAopProxy(target.bean()) ? securityInterceptors(target)
                : List.of();
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < PRINCIPALS.size(); i++) {
            String principal = PRINCIPALS.get(i);
            if (principal.equals("ANONYMOUS")) {
                Authentication anonymous = new AnonymousAuthenticationToken("matrix", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
                SecurityContextHolder.getContext().setAuthentication(anonymous);
            } else {
                TestSecurity.runAs("matrix-" + principal.toLowerCase(), principal);
            }
            boolean allowed = true;
            for (MethodInterceptor interceptor : interceptors) {
                try {
                    interceptor.invoke(new StandInInvocation(target.bean(), target.method()));
                } catch (AccessDeniedException denied) {
                    allowed = false;
                } catch (Throwable unexpected) {
                    throw new IllegalStateException(target.key() + " as " + principal + ": " + unexpected, unexpected);
                }
            }
            pattern.append(allowed ? LETTERS.charAt(i) : '.');
            TestSecurity.clear();
        }
        return pattern.toString();
    }

    /** The Spring Security advice the bean's proxy runs around this method (not transactions, not the rest). */
    private static List<MethodInterceptor> securityInterceptors(ServiceMethod target) {
        Class<?> type = AopUtils.getTargetClass(target.bean());
        List<MethodInterceptor> found = new ArrayList<>();
        for (Advisor advisor : ((Advised) target.bean()).getAdvisors()) {
            boolean applies = !(advisor instanceof PointcutAdvisor pointcut)
                    || pointcut.getPointcut().getMethodMatcher().matches(target.method(), type)
                    && pointcut.getPointcut().getClassFilter().matches(type);
            if (applies && advisor.getAdvice() instanceof MethodInterceptor interceptor
                    && interceptor.getClass().getName().startsWith("org.springframework.security.")) {
                found.add(interceptor);
            }
        }
        return found;
    }

    /** A call that carries the real method and bean but stops at the service's door. */
    private record StandInInvocation(Object bean, Method method) implements MethodInvocation {

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object[] getArguments() {
            return new Object[method.getParameterCount()];
        }

        @Override
        public Object proceed() {
            return null;
        }

        @Override
        public Object getThis() {
            return bean;
        }

        @Override
        public java.lang.reflect.AccessibleObject getStaticPart() {
            return method;
        }
    }

    // ---- the table -------------------------------------------------------------------------------------

    /** Turns a table cell like {@code "A M L . Q . . ."} (spaces for readability) into {@code "AML.Q..."}. */
    static String compact(String cell) {
        String compact = cell.replace(" ", "");
        if (compact.length() != LETTERS.length()) {
            throw new IllegalArgumentException("A row needs " + LETTERS.length() + " columns (" + LETTERS + "): " + cell);
        }
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c != '.' && c != LETTERS.charAt(i)) {
                throw new IllegalArgumentException("Column " + (i + 1) + " of \"" + cell + "\" must be "
                        + LETTERS.charAt(i) + " or .");
            }
        }
        return compact;
    }

    /** {@code "AML.Q..."} back into the spaced form the table uses, for failure messages. */
    static String spaced(String compact) {
        return String.join(" ", compact.split(""));
    }
}
