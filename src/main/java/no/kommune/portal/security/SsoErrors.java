package no.kommune.portal.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.organisation.UserDirectory.SsoRefusal;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The reason of a failed single sign-on as a short code for the login page's message (login.sso.&lt;code&gt;). */
public final class SsoErrors {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SsoErrors.class);

    /** Codes the login page explains, one per refusal; anything else (a wrong audience, …) is "failed". */
    public static final Set<String> KNOWN = Arrays.stream(SsoRefusal.values()).map(SsoErrors::code)
            .collect(Collectors.toUnmodifiableSet());

    private SsoErrors() {
    }

    /** The refusal as it travels in the OAuth2 error and the login page's address: "unknown-user". */
    static String code(SsoRefusal refusal) {
        return refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code for the login page; the failure itself is logged (at INFO: a refused sign-in is not a fault). */
    static String codeOf(AuthenticationException failure) {
        log.info("Single sign-on refused: {}", failure.getMessage());
        if (failure instanceof OAuth2AuthenticationException oauth && KNOWN.contains(oauth.getError().getErrorCode())) {
            return oauth.getError().getErrorCode();
        }
        return "failed";
    }
}
