package no.kommune.portal.demo;

import java.util.regex.Pattern;

/**
 * The demo CSVs were transcribed from municipal reports with the transcriber's notes in brackets ("(from
 * description)", "(seed line 863)", quotes with line numbers). Those are for whoever checks the transcription,
 * never for the portal's users: the demo loaders pass every text through {@link #forUsers} first.
 */
final class DemoText {

    /** A bracket that names a seed line: "(seed line 863)", "("quote ...", seed lines 738-743)". */
    private static final Pattern SEED_REFERENCE =
            Pattern.compile("\\s*\\((?:[^()]|\\([^()]*\\))*?\\bseed lines? [0-9][0-9\\-–, ]*\\)");
    private static final Pattern TRANSCRIBER_NOTE = Pattern.compile("\\s*\\(from (?:description|title|text)\\)");

    private DemoText() {
    }

    static String forUsers(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = TRANSCRIBER_NOTE.matcher(SEED_REFERENCE.matcher(text).replaceAll("")).replaceAll("");
        return cleaned.strip();
    }
}
