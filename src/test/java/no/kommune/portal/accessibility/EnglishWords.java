package no.kommune.portal.accessibility;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English (and developer) words that have no business on a Norwegian screen (issue 11 item 7). Chosen so that
 * none is also a common bokmål word or name: "and" (duck), "line" (a name), "start", "status" and "e-post" are
 * left out on purpose; "seed" still catches the transcriber's "(seed line 863)".
 */
final class EnglishWords {

    static final List<String> WORDS = List.of("the", "of", "from", "with", "please", "upload", "file", "files",
            "drop", "here", "error", "errors", "save", "cancel", "delete", "must", "should", "not", "blank", "null",
            "seed", "description", "click", "select", "loading", "invalid", "required", "denied",
            "access", "could", "navigate", "page", "found", "welcome", "logout", "login", "submit", "search",
            "undefined", "exception", "todo", "lorem");

    /** Proper names in the municipalities' own texts that contain English words; they stay as written. */
    private static final List<String> PROPER_NAMES = List.of("Youth Aware of Mental health");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> LOOKUP = Set.copyOf(WORDS);

    private EnglishWords() {
    }

    /** The listed words found in the text (whole words, any case). */
    static Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        if (text == null) {
            return found;
        }
        for (String name : PROPER_NAMES) {
            text = text.replace(name, "");
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (LOOKUP.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }
}
