package no.kommune.portal.base;

import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Start-up (issue 15, decision 018): beans are created when first needed ({@code spring.main.lazy-initialization}),
 * so the portal serves its login page sooner and pays for a service the first time someone uses it. Beans with
 * scheduled jobs (reminders, mail, the pool watch) are still created at start: a lazy bean nobody asks for
 * would never run its schedule. The security filter chain is built at start too: building it is what sets up
 * Vaadin's view access control, which must be in place before the first view is shown.
 */
@Configuration(proxyBeanMethods = false)
class StartupConfig {

    @Bean
    static LazyInitializationExcludeFilter scheduledJobsStartEagerly() {
        return (beanName, definition, beanType) -> beanType != null
                && (hasScheduledMethod(beanType) || SecurityFilterChain.class.isAssignableFrom(beanType));
    }

    static boolean hasScheduledMethod(Class<?> type) {
        Map<Method, Scheduled> scheduled = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<Scheduled>) m -> AnnotatedElementUtils.findMergedAnnotation(m,
                        Scheduled.class));
        return !scheduled.isEmpty();
    }
}
