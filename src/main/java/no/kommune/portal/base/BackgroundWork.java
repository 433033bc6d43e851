package no.kommune.portal.base;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs long work (reports, imports) off the UI thread. The signed-in user's authentication travels
 * with the task, so services keep enforcing roles and data scope in the background too.
 *
 * <p>Where the authentication is put matters. Method security reads it through this application's
 * {@link SecurityContextHolderStrategy} bean (Vaadin's), while static callers ({@code Auditor}, {@code CurrentUser})
 * read {@link SecurityContextHolder}, whose strategy Vaadin sets globally whenever an application context starts.
 * With one context they are the same object; with several in one JVM (the test suite) the last started context's
 * strategy is the global one, and a task that set only that one failed every {@code @PreAuthorize} of its own
 * context ("An Authentication object was not found"): the report pack's intermittent CI failure. So the task's
 * context is set in both, and cleared from both.
 */
@Component
public class BackgroundWork implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final ObjectProvider<SecurityContextHolderStrategy> strategyBean;

    public BackgroundWork(ObjectProvider<SecurityContextHolderStrategy> strategyBean) {
        this.strategyBean = strategyBean;
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(4);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("portal-work-");
        pool.initialize();
    }

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        Set<SecurityContextHolderStrategy> strategies = strategies();
        Authentication authentication = strategies.stream().map(s -> s.getContext().getAuthentication())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return CompletableFuture.supplyAsync(() -> {
            for (SecurityContextHolderStrategy strategy : strategies) {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(authentication);
                strategy.setContext(context);
            }
            try {
                return work.get();
            } finally {
                strategies.forEach(SecurityContextHolderStrategy::clearContext);
            }
        }, pool);
    }

    /** This application's strategy first, then the global one when it is another object. */
    private Set<SecurityContextHolderStrategy> strategies() {
        Set<SecurityContextHolderStrategy> strategies = new LinkedHashSet<>();
        strategyBean.ifAvailable(strategies::add);
        strategies.add(SecurityContextHolder.getContextHolderStrategy());
        return strategies;
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
