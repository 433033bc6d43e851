package no.kommune.portal.decisions;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers as printed ("KS 145/24", "PS-021/25", "FSK 147/20 30.09.20", "sak 38/21") reduced to comparable
 * numbers: an optional letter prefix and "number/year" without leading zeros. "PS 21/25" and "PS-021/25" are
 * the same case; "KS 145/24" and "145/24" are taken to be the same too (one of them names no body).
 */
final class CaseNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?:([A-Za-zÆØÅæøå]{1,6})\\s*-?\\s*)?(\\d{1,4})\\s*/\\s*(\\d{2}|\\d{4})(?![\\d.])");

    record Number(String prefix, String number) {
        /** What a stored text must contain to be a candidate ("21/" for 21/25, PS-021/25 and 21/2025). */
        String searchPart() {
            return number.substring(0, number.indexOf('/') + 1);
        }

        boolean sameCase(Number other) {
            return number.equals(other.number)
                    && (prefix.isEmpty() || other.prefix.isEmpty() || prefix.equals(other.prefix));
        }
    }

    private CaseNumbers() {
    }

    static Set<Number> parse(String text) {
        Set<Number> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String prefix = m.group(1) == null ? "" : m.group(1).toUpperCase(Locale.ROOT);
            if (prefix.equals("SAK") || prefix.equals("NR")) {
                prefix = "";
            }
            String year = m.group(3);
            numbers.add(new Number(prefix, Integer.parseInt(m.group(2)) + "/" + year.substring(year.length() - 2)));
        }
        return numbers;
    }

    static boolean overlap(Set<Number> a, Set<Number> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::sameCase));
    }
}
