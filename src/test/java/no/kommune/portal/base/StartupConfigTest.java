package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.ClassUtils;

/** Lazy start-up must not silence the scheduled jobs or the start page's change listener (decision 018). */
class StartupConfigTest extends ServiceTest {

    @Autowired ConfigurableApplicationContext context;
    @Autowired Environment environment;
    @Autowired List<ScheduledTaskHolder> schedulers;

    @Test
    void with_lazy_initialisation_every_bean_with_a_schedule_is_created_and_scheduled_once_ready() {
        assertThat(environment.getProperty("spring.main.lazy-initialization", Boolean.class)).isTrue();
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<String> scheduled = StartupConfig.scheduledBeanNames(beans);
        // mail dispatch, checklist and deadline reminders, the pool watch, the report-pack sweeper, rate windows
        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(6);
        assertThat(scheduled).allSatisfy(name -> assertThat(beans.containsSingleton(name)).as(name).isTrue());
        // created after the refresh, their jobs must still have reached the scheduler
        Set<String> tasks = schedulers.stream().flatMap(s -> s.getScheduledTasks().stream())
                .map(task -> task.getTask().toString()).collect(Collectors.toSet());
        assertThat(scheduled).allSatisfy(name -> assertThat(tasks).as(name).anySatisfy(task -> assertThat(task)
                .startsWith(ClassUtils.getUserClass(beans.getType(name, false)).getName() + ".")));
        // building the filter chain sets up Vaadin's view access control (HomeViewTest fails without it)
        assertThat(beans.getBeanNamesForType(SecurityFilterChain.class, false, false)).isNotEmpty()
                .allSatisfy(name -> assertThat(beans.containsSingleton(name)).as(name).isTrue());
        assertThat(beans.getBeanNamesForType(EntityChanges.class, false, false))
                .allSatisfy(name -> assertThat(beans.containsSingleton(name)).isTrue());
    }
}
