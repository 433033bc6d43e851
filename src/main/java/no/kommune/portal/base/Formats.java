package no.kommune.portal.base;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;

/** Norwegian formats and collation used everywhere in the UI and the reports. */
public final class Formats {

    public static final Locale NORWEGIAN = Locale.of("nb", "NO");
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(java.time.Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** Sorts names with æ, ø and å after z, as Norwegian readers expect. */
    public static Comparator<String> norwegianOrder() {
        Collator collator = Collator.getInstance(NORWEGIAN);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
