package no.kommune.portal.notifications;

/** How a user wants her notifications by e-mail; in-app notifications are always shown. */
public enum MailMode {
    /** One mail per event, within minutes. The default. */
    IMMEDIATE,
    /** One mail a day with everything since the last one. */
    DAILY_DIGEST,
    /** No e-mail. */
    NONE
}
