package no.kommune.portal.notifications;

import no.kommune.portal.base.Link;

/** The notification pages; the route constants are the views' {@code @Route} values too. */
public final class NotificationLinks {

    /** Every notification of the signed-in user. */
    public static final String ALL = "varsler";
    public static final String SETTINGS = "innstillinger";
    public static final String MAIL_OUTBOX = "admin/e-post";

    private NotificationLinks() {
    }

    public static Link all() {
        return Link.to(ALL);
    }
}
