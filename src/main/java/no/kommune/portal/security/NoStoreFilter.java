package no.kommune.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin marks its UIDL and page responses {@code Cache-Control: no-cache}, which still lets a browser or proxy keep
 * a copy on disk; Spring Security's own {@code no-store} header is not written when a response already has one.
 * This upgrades every {@code no-cache} to {@code no-cache, no-store}; responses meant to be cached (static files with
 * {@code max-age}) are left alone.
 */
class NoStoreFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, upgrade(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, upgrade(name, value));
            }
        });
    }

    static String upgrade(String name, String value) {
        if (value == null || !"cache-control".equalsIgnoreCase(name)) {
            return value;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.contains("no-cache") && !lower.contains("no-store") ? value + ", no-store" : value;
    }
}
