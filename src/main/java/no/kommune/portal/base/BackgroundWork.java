package no.kommune.portal.base;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long work (reports, imports) off the UI thread. The signed-in user's authentication travels
 * with the task, so services keep enforcing roles and data scope in the background too. The context is
 * read through {@link SecurityContextHolder} at submit time (not captured when this bean is built),
 * because Vaadin installs its own context-holder strategy during start-up.
 */
@Component
public class BackgroundWork implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    public BackgroundWork() {
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(4);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("portal-work-");
        pool.initialize();
    }

    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, pool);
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
