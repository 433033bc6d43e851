package no.kommune.portal.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.kommune.portal.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * The rules for a new password (issue 9 item 6): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores everything after that, so a longer one would be silently cut),
 * and not one of the 10 000 most common passwords (shipped in {@code security/common-passwords.txt}, compared
 * without regard to case). Applies when a password is set; existing hashes (the demo users' {@code demo}) are
 * not re-checked.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks a rule, with a message the administrator can act on. */
    public void check(String raw) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_LENGTH) {
            throw new UserFacingException("users.error.passwordTooShort", MIN_LENGTH);
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserFacingException("users.error.passwordTooLong", MAX_BYTES);
        }
        if (common.contains(raw.toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("users.error.passwordCommon");
        }
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
