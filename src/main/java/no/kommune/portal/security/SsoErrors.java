package no.kommune.portal.security;

import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The reason of a failed single sign-on as a short code for the login page's message (login.sso.&lt;code&gt;). */
public final class SsoErrors {

    /** Codes the login page explains; anything else (a wrong audience, an expired token, …) is "failed". */
    public static final Set<String> KNOWN = Set.of("unknown-user", "deactivated", "ambiguous-email");

    private SsoErrors() {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SsoErrors.class);

    /** The code for the login page; the failure itself is logged (at INFO: a refused sign-in is not a fault). */
    static String codeOf(AuthenticationException failure) {
        log.info("Single sign-on refused: {}", failure.getMessage());
        if (failure instanceof OAuth2AuthenticationException oauth && KNOWN.contains(oauth.getError().getErrorCode())) {
            return oauth.getError().getErrorCode();
        }
        return "failed";
    }
}
