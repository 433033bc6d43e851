package no.kommune.portal.base;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a user typed into a search field, as words for MariaDB's InnoDB full-text index (decision 026). Each word
 * must match (AND); the caller matches each word in its columns as the word's kind says:
 * <ul>
 * <li>{@link Prefix}: a word the index holds (3 to 84 letters or digits, not one of InnoDB's stopwords). Boolean
 * query {@code +word*}: words that begin with it, so "barneh" finds "barnehage" and "barnehage" finds
 * "barnehagedekning" (not the end of a compound: "plan" does not find "klimaplan").</li>
 * <li>{@link Phrase}: a word with punctuation inside, such as a case number ("2024/123", "24/1234-5", "PS-021/25")
 * or "e-post". The index splits it into its parts; boolean query {@code +"2024 123"} (the parts next to each other,
 * which works when one part has 3 or more characters). A caller also matches {@link Phrase#text} as a substring in
 * small tables (the decision's case numbers), so part of a case number ("2024/12") finds it there.</li>
 * <li>{@link Substring}: what the index cannot answer: words shorter than 3 ("PS", "en"), InnoDB's stopwords,
 * a case number whose parts are all short ("82/21"), or input of punctuation alone ("@@"). Matched with
 * {@code LIKE '%text%'}, as every search was before, so such a word never makes the search return nothing
 * silently; it narrows the rows the other words found, or scans when it is alone.</li>
 * </ul>
 * Boolean-mode operators ({@code + - < > ( ) ~ * " @}) in the input are never passed on: a prefix term or phrase
 * is built only from letters, digits and underscores (what InnoDB's tokenizer keeps in a word), so no input is a
 * syntax error. Surrounding punctuation is dropped ({@code "barnehage"}, {@code (skole)}); a word of punctuation
 * alone is ignored unless it is all there is. At most {@value #MAX_WORDS} words and {@value #MAX_LENGTH} characters
 * are read; the words are lower-cased and repeated words counted once.
 */
public final class FreeText {

    /** InnoDB's {@code innodb_ft_min_token_size} (MariaDB's default; the tests check it): shorter words are skipped. */
    public static final int MIN_TOKEN = 3;
    /** InnoDB's {@code innodb_ft_max_token_size} (default): longer words are not indexed. */
    public static final int MAX_TOKEN = 84;
    public static final int MAX_WORDS = 10;
    public static final int MAX_LENGTH = 200;
    /** The escape character of {@link Substring#likePattern()}. */
    public static final char LIKE_ESCAPE = '!';

    /**
     * InnoDB's built-in stopword list ({@code INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD}). An index built with
     * it holds none of these, and {@code +for*} would then match nothing; they are matched as substrings instead,
     * whatever list the index was built with (changeset 130 builds the portal's without it).
     */
    static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "und",
            "was", "what", "when", "where", "who", "will", "with", "www");

    /** One word of the search; see the class comment. */
    public sealed interface Word permits Prefix, Phrase, Substring {
    }

    /** A word the index holds: matches words beginning with it. */
    public record Prefix(String word) implements Word {
        public String booleanQuery() {
            return "+" + word + "*";
        }
    }

    /** A word with punctuation inside: its parts next to each other; {@code text} is the word as typed (lower case). */
    public record Phrase(String text, List<String> parts) implements Word {
        public Phrase {
            parts = List.copyOf(parts);
        }

        public String booleanQuery() {
            return "+\"" + String.join(" ", parts) + "\"";
        }

        public String likePattern() {
            return FreeText.likePattern(text);
        }
    }

    /** A word the index cannot answer: a substring match, as before the index. */
    public record Substring(String text) implements Word {
        public String likePattern() {
            return FreeText.likePattern(text);
        }
    }

    private FreeText() {
    }

    /** The words of {@code input}; empty when it is null or blank. */
    public static List<Word> words(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        String text = Normalizer.normalize(input, Normalizer.Form.NFC).strip();
        if (text.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        Map<String, Word> words = new LinkedHashMap<>();
        for (String chunk : text.split("[\\s\\p{Z}]+")) {
            Word word = word(chunk);
            if (word != null) {
                words.putIfAbsent(key(word), word);
                if (words.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        if (words.isEmpty()) {
            return List.of(new Substring(text.toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(words.values());
    }

    /** A LIKE pattern for "contains {@code text}", with {@code %}, {@code _} and the escape character escaped. */
    public static String likePattern(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static String key(Word word) {
        return switch (word) {
            case Prefix p -> "p:" + p.word();
            case Phrase p -> "q:" + p.text();
            case Substring s -> "s:" + s.text();
        };
    }

    /** The word in a chunk of input between spaces, or null when it holds no letter or digit. */
    private static Word word(String chunk) {
        List<String> parts = new ArrayList<>();
        int first = -1;
        int last = -1;
        int start = -1;
        for (int i = 0; i <= chunk.length(); ) {
            int cp = i < chunk.length() ? chunk.codePointAt(i) : ' ';
            boolean inWord = i < chunk.length() && isWordCharacter(cp);
            if (inWord && start < 0) {
                start = i;
                if (first < 0) {
                    first = i;
                }
            } else if (!inWord && start >= 0) {
                parts.add(chunk.substring(start, i).toLowerCase(Locale.ROOT));
                last = i;
                start = -1;
            }
            i += i < chunk.length() ? Character.charCount(cp) : 1;
        }
        if (parts.isEmpty()) {
            return null;
        }
        String core = chunk.substring(first, last).toLowerCase(Locale.ROOT);
        if (parts.size() == 1) {
            String only = parts.getFirst();
            return indexed(only) && !STOPWORDS.contains(only) ? new Prefix(only) : new Substring(only);
        }
        boolean oneIndexed = parts.stream().anyMatch(FreeText::indexed);
        boolean noneTooLong = parts.stream().allMatch(p -> p.codePointCount(0, p.length()) <= MAX_TOKEN);
        return oneIndexed && noneTooLong ? new Phrase(core, parts) : new Substring(core);
    }

    private static boolean indexed(String part) {
        int length = part.codePointCount(0, part.length());
        return length >= MIN_TOKEN && length <= MAX_TOKEN;
    }

    /** What InnoDB's tokenizer keeps inside a word: letters, digits and the underscore. */
    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
