package no.kommune.portal.notifications;

/**
 * The one way features notify users: in-app notifications, and e-mail (single or daily digest) when
 * mail is enabled and the user wants it. Idempotent per (recipient, dedupe key).
 */
public interface Notifier {

    /** Records the notice unless the recipient already has one with the same dedupe key; true if new. */
    boolean send(Notice notice);
}
