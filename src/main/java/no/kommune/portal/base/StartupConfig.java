package no.kommune.portal.base;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.ClassUtils;

/**
 * Start-up (issue 15, decisions 018 and 027): beans are created when first needed
 * ({@code spring.main.lazy-initialization}), so the portal serves its login page sooner and pays for a service the
 * first time someone uses it. The security filter chain is built at start: building it is what sets up Vaadin's
 * view access control, which must be in place before the first view is shown.
 *
 * <p>Beans with scheduled jobs (reminders, mail, the report-pack sweeper, the pool watch) are created as soon as the
 * application is ready, not during the context refresh: a lazy bean nobody asks for would never run its schedule,
 * but creating them in the refresh pulled most services and repositories with them and held the web server back by
 * seconds. Created after the refresh, each bean's {@code @Scheduled} methods are handed to the already running
 * scheduler, their initial delays counted from then.
 */
@Configuration(proxyBeanMethods = false)
class StartupConfig {

    @Bean
    static LazyInitializationExcludeFilter securityFilterChainStartsEagerly() {
        return (beanName, definition, beanType) -> beanType != null
                && SecurityFilterChain.class.isAssignableFrom(beanType);
    }

    /**
     * Spring Boot keeps beans with {@code @Scheduled} methods out of lazy initialisation on its own
     * ({@code ScheduledBeanLazyInitializationExcludeFilter}); marking their definitions lazy explicitly takes them
     * out of the refresh, and {@link #scheduledJobsStartWhenReady()} creates them once the portal serves.
     */
    @Bean
    static BeanFactoryPostProcessor scheduledJobsWaitForReady() {
        return beans -> {
            for (String name : scheduledBeanNames(beans)) {
                if (!EntityChanges.class.isAssignableFrom(ClassUtils.getUserClass(beans.getType(name, false)))) {
                    beans.getBeanDefinition(name).setLazyInit(true);
                }
            }
        };
    }

    @Bean
    static ApplicationListener<ApplicationReadyEvent> scheduledJobsStartWhenReady() {
        return event -> {
            ConfigurableApplicationContext context = event.getApplicationContext();
            for (String name : scheduledBeanNames(context.getBeanFactory())) {
                context.getBean(name);
            }
        };
    }

    /** The beans whose class has a {@code @Scheduled} method, found without creating any bean. */
    static List<String> scheduledBeanNames(ConfigurableListableBeanFactory beans) {
        List<String> names = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type != null && hasScheduledMethod(type)) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean hasScheduledMethod(Class<?> type) {
        Map<Method, Scheduled> scheduled = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<Scheduled>) m -> AnnotatedElementUtils.findMergedAnnotation(m,
                        Scheduled.class));
        return !scheduled.isEmpty();
    }
}
