package no.kommune.portal.security;

import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Test only: answers {@value #PATH} with the client address the server resolved (after the proxy valve). */
@TestConfiguration
class RemoteAddressProbe {

    static final String PATH = "/test-probe/remote-address";

    @Bean
    FilterRegistrationBean<Filter> remoteAddressProbe() {
        Filter probe = (request, response, chain) -> {
            response.setContentType("text/plain");
            response.getWriter().write(request.getRemoteAddr() + " " + request.isSecure());
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(probe);
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
