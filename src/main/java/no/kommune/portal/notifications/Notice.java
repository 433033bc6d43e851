package no.kommune.portal.notifications;

import java.util.List;
import no.kommune.portal.base.Link;

/**
 * Something a user should be told about, produced by a feature (a mandate deadline, a checklist round,
 * a deviation forwarded to her ...).
 *
 * @param recipientUsername who is told
 * @param eventType         stable event name, e.g. {@code MANDATE_DEADLINE_7}, {@code DEVIATION_FORWARDED}
 * @param dedupeKey         identifies the occurrence; the same recipient never gets two notices with the
 *                          same key (so a job that runs twice, or on two nodes, sends nothing twice)
 * @param messageKey        translation key of the text; {@code messageArgs} fill its {0}, {1} ...
 * @param link              the page to open in the portal, from the feature's {@code <Feature>Links}
 */
public record Notice(String recipientUsername, String eventType, String dedupeKey, String messageKey,
        List<String> messageArgs, Link link) {

    public Notice {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    /**
     * A notice about something confidential (a deviation with personal data, a whistleblowing case): the only
     * argument is the case number, never text a user wrote, because notices are mailed and the mail outbox is
     * read by administrators. Example: "Avvik #{0} er videresendt til deg".
     */
    public static Notice withoutFreeText(String recipientUsername, String eventType, String dedupeKey,
            String messageKey, Long caseNumber, Link link) {
        return new Notice(recipientUsername, eventType, dedupeKey, messageKey,
                caseNumber == null ? List.of() : List.of(String.valueOf(caseNumber)), link);
    }
}
