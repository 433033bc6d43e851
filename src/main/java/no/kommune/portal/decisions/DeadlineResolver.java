package no.kommune.portal.decisions;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a mandate's deadline into the one date the portal compares with today. The seeds print deadlines as
 * dates ("31.12.2025"), as periods ("1. halvår 2026", "2. tertial 2025", "Oktober 2025", "Høsten 2025",
 * "innen utgangen av 2026") and as things that are no date at all ("hvert år sammen med eierskapsmeldingen").
 *
 * <p>A period resolves to its <em>last</em> day, so a mandate is never called delayed before its deadline has
 * surely passed. Text that names no date is {@link Kind#UNCLEAR} ("frist uklar"), never guessed. Pure: no
 * clock, no database; the same text always gives the same date.
 */
public final class DeadlineResolver {

    /** How the date was found. */
    public enum Kind {
        /** No deadline given at all. */
        NONE,
        /** A real date (the date field, or a date written in the text). */
        DATE,
        /** A period named in the text, resolved to its last day. */
        PERIOD,
        /** Text that names no date: shown as "frist uklar". */
        UNCLEAR
    }

    public record Resolution(LocalDate date, Kind kind) {
        public boolean unclear() {
            return kind == Kind.UNCLEAR;
        }

        static Resolution none() {
            return new Resolution(null, Kind.NONE);
        }

        static Resolution unclearText() {
            return new Resolution(null, Kind.UNCLEAR);
        }
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s+(\\p{L}+)\\s+" + YEAR);
    private static final Pattern ORDINAL_PERIOD = Pattern.compile(
            "(1|2|3|4|første|andre|annen|tredje|fjerde)\\.?\\s*(halvår|tertial|kvartal)\\s*(?:i\\s+)?" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\s+" + YEAR);
    private static final Pattern SEASON = Pattern.compile("(våren|vår|sommeren|sommer|høsten|høst)\\s+(?:i\\s+)?" + YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "^(?:(?:innen|i løpet av|før|ved|til)\\s+)?(?:(?:utgangen|slutten)\\s+av\\s+|ut(?:gangen)?\\s+)?(?:året\\s+)?"
                    + YEAR + "$");
    /** Notes an import added in parentheses ("(from description)", "(\"Forslag til frist\")") are no date. */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("januar", Month.JANUARY), Map.entry("februar", Month.FEBRUARY), Map.entry("mars", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("mai", Month.MAY), Map.entry("juni", Month.JUNE),
            Map.entry("juli", Month.JULY), Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("desember", Month.DECEMBER));

    private DeadlineResolver() {
    }

    /** The deadline date field wins; otherwise the free text is read. */
    public static Resolution resolve(LocalDate date, String text) {
        if (date != null) {
            return new Resolution(date, Kind.DATE);
        }
        return resolve(text);
    }

    public static Resolution resolve(String text) {
        if (text == null || text.isBlank()) {
            return Resolution.none();
        }
        String t = PARENTHESES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return Resolution.unclearText();
        }
        if (t.contains("hvert år") || t.contains("årlig") || t.contains("løpende") || t.contains("fortløpende")) {
            return Resolution.unclearText(); // recurring work has no single deadline
        }
        Matcher m = NUMERIC_DATE.matcher(t);
        if (m.find()) {
            LocalDate date = numericDate(m);
            return date == null ? Resolution.unclearText() : new Resolution(date, Kind.DATE);
        }
        m = WORD_DATE.matcher(t);
        while (m.find()) {
            Month month = MONTHS.get(m.group(2));
            if (month != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(3)), month);
                return new Resolution(ym.atDay(Math.min(Integer.parseInt(m.group(1)), ym.lengthOfMonth())), Kind.DATE);
            }
        }
        m = ORDINAL_PERIOD.matcher(t);
        if (m.find()) {
            LocalDate end = endOfPart(ordinal(m.group(1)), m.group(2), Integer.parseInt(m.group(3)));
            return end == null ? Resolution.unclearText() : new Resolution(end, Kind.PERIOD);
        }
        m = SEASON.matcher(t);
        if (m.find()) {
            return new Resolution(endOfSeason(m.group(1), Integer.parseInt(m.group(2))), Kind.PERIOD);
        }
        m = MONTH_YEAR.matcher(t);
        while (m.find()) {
            Month month = MONTHS.get(m.group(1));
            if (month != null) {
                return new Resolution(YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth(), Kind.PERIOD);
            }
        }
        m = WHOLE_YEAR.matcher(t);
        if (m.matches()) {
            return new Resolution(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), Kind.PERIOD);
        }
        return Resolution.unclearText();
    }

    /**
     * "31.04.2025" is printed in a seed: a day past the month's end means the month's last day, which is what
     * the writer meant; a month past 12 is no date.
     */
    private static LocalDate numericDate(Matcher m) {
        int year = Integer.parseInt(m.group(3));
        if (year < 100) {
            year += 2000;
        }
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "1", "første" -> 1;
            case "2", "andre", "annen" -> 2;
            case "3", "tredje" -> 3;
            default -> 4;
        };
    }

    private static LocalDate endOfPart(int n, String part, int year) {
        int months = switch (part) {
            case "halvår" -> 6;
            case "tertial" -> 4;
            default -> 3;
        };
        int lastMonth = n * months;
        if (lastMonth > 12) {
            return null; // "3. halvår" names no period
        }
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** Spring ends with June, summer with August; autumn runs to the year's last council meeting, so December. */
    private static LocalDate endOfSeason(String season, int year) {
        if (season.startsWith("vår")) {
            return LocalDate.of(year, 6, 30);
        }
        if (season.startsWith("sommer")) {
            return LocalDate.of(year, 8, 31);
        }
        return LocalDate.of(year, 12, 31);
    }
}
