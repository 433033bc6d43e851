package no.kommune.portal.decisions;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.portal.organisation.PoliticalBody;

/**
 * Reads a decision's origin from its case numbers as printed: "KS 162/18; KS 077/19" was first decided in
 * case KS 162/18, by the body whose short name is KS, even when the decision was last treated by another body.
 */
final class DecisionOrigin {

    private static final Pattern PREFIX = Pattern.compile("^([A-ZÆØÅa-zæøå]{1,6})[\\s-]*\\d");

    private DecisionOrigin() {
    }

    /** The first case number of a list ("KS 094/22; FSK 091/25" gives "KS 094/22"). */
    static String firstCase(String caseNumbers) {
        if (caseNumbers == null || caseNumbers.isBlank()) {
            return null;
        }
        String first = caseNumbers.split(";")[0].strip();
        return first.isEmpty() ? null : first;
    }

    /** The body a case number's prefix names ("FSK 147/20" is Formannskapet's when its short name is FSK). */
    static Optional<PoliticalBody> bodyOfCase(String caseNumber, Collection<PoliticalBody> bodies) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        Matcher m = PREFIX.matcher(caseNumber.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String prefix = m.group(1).toUpperCase(Locale.ROOT);
        return bodies.stream().filter(b -> b.getShortName() != null
                && b.getShortName().toUpperCase(Locale.ROOT).equals(prefix)).findFirst();
    }
}
