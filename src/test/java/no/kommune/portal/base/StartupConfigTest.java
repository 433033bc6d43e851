package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.web.SecurityFilterChain;

/** Lazy start-up must not silence the scheduled jobs or the start page's change listener (decision 018). */
class StartupConfigTest extends ServiceTest {

    @Autowired ConfigurableApplicationContext context;
    @Autowired Environment environment;

    @Test
    void with_lazy_initialisation_every_bean_with_a_schedule_is_created_at_start() {
        assertThat(environment.getProperty("spring.main.lazy-initialization", Boolean.class)).isTrue();
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> scheduled = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type != null && StartupConfig.hasScheduledMethod(type)) {
                scheduled.add(name);
            }
        }
        // mail dispatch, checklist and deadline reminders, the pool watch
        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scheduled).allSatisfy(name -> assertThat(beans.containsSingleton(name)).as(name).isTrue());
        // building the filter chain sets up Vaadin's view access control (HomeViewTest fails without it)
        assertThat(beans.getBeanNamesForType(SecurityFilterChain.class, false, false)).isNotEmpty()
                .allSatisfy(name -> assertThat(beans.containsSingleton(name)).as(name).isTrue());
        assertThat(beans.getBeanNamesForType(EntityChanges.class, false, false))
                .allSatisfy(name -> assertThat(beans.containsSingleton(name)).isTrue());
    }
}
