package no.kommune.portal.whistleblowing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Receipt codes of whistleblowing reports: 16 random characters from an alphabet without look-alikes
 * (80 bits, SecureRandom), shown as four groups ("K7QM-3XPA-..."). Only an HMAC-SHA256 of the code, keyed
 * with a pepper held outside the database ({@code portal.whistleblowing.pepper}), is stored: someone who can
 * read the database cannot find a case from a code, nor a code from a case.
 */
@Component
public class ReceiptCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(ReceiptCodes.class);
    private static final String DEVELOPMENT_PEPPER = "development-only-pepper-set-portal.whistleblowing.pepper";

    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper;

    public ReceiptCodes(@Value("${portal.whistleblowing.pepper:}") String pepper,
            @Value("${portal.whistleblowing.allow-development-pepper:false}") boolean allowDevelopmentPepper) {
        if (pepper == null || pepper.isBlank()) {
            if (!allowDevelopmentPepper) {
                // A production portal with a known pepper would let anyone who reads the database match codes.
                throw new IllegalStateException("portal.whistleblowing.pepper must be set (e.g. environment variable"
                        + " PORTAL_WHISTLEBLOWING_PEPPER); see README, Configuration");
            }
            log.warn("portal.whistleblowing.pepper is not set; using the development pepper (demo and tests only).");
            pepper = DEVELOPMENT_PEPPER;
        }
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    /** A new code, formatted in groups of four. */
    public String generate() {
        StringBuilder sb = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The code without spaces and dashes, upper case; empty if it cannot be a code at all. */
    static Optional<String> normalize(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        String n = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (n.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : n.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    /** The stored form of a (normalized) code. */
    String hash(String normalizedCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalizedCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }
}
