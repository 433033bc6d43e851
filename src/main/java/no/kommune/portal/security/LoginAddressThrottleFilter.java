package no.kommune.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login POST from an address that failed too often, before any password is checked, with the same
 * answer as a wrong password (so it tells an attacker nothing). The address is the client's as resolved by the
 * server (X-Forwarded-For only from trusted proxies, see {@code portal.security.trusted-proxies}).
 */
class LoginAddressThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginAddressThrottleFilter.class);

    private final LoginThrottle throttle;
    private final String loginPath;

    LoginAddressThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + loginPath).equals(request.getRequestURI())
                && throttle.isAddressBlocked(request.getRemoteAddr())) {
            log.info("Login from {} refused: too many failed logins from this address", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
