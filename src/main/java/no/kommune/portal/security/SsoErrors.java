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

    /**
     * An ID token the portal does not accept (issued for another application, expired, from another issuer, a bad
     * signature): Spring Security's {@code OidcIdTokenValidator} and decoder report these as {@code invalid_id_token}.
     */
    static final String INVALID_TOKEN = "invalid-token";

    /** Codes the login page explains: one per refusal, and a token not accepted; anything else is "failed". */
    public static final Set<String> KNOWN = java.util.stream.Stream.concat(
            Arrays.stream(SsoRefusal.values()).map(SsoErrors::code), java.util.stream.Stream.of(INVALID_TOKEN))
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
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String error = oauth.getError().getErrorCode();
            if (KNOWN.contains(error)) {
                return error;
            }
            if ("invalid_id_token".equals(error)) {
                return INVALID_TOKEN;
            }
        }
        return "failed";
    }
}
