package no.kommune.portal.whistleblowing;

import no.kommune.portal.base.Link;

/**
 * The pages of the whistleblowing feature, for start pages, notifications and mails. The route constants are the
 * views' {@code @Route} values too, so the views and the links to them are written in one place.
 */
public final class WhistleblowingLinks {

    /** The receivers' inbox. */
    public static final String INBOX = "varsling/mottak";
    /** One case; with its id ({@code varsling/sak/42}). */
    public static final String CASE = "varsling/sak";
    public static final String STATISTICS = "varsling/statistikk";
    /** An employee's report, signed in. */
    public static final String REPORT = "varsling/ny";
    /** The public report form, for anyone, without signing in. */
    public static final String PUBLIC_REPORT = "varsle";
    /** Where a reporter follows her report up with the receipt code. */
    public static final String RECEIPT_LOOKUP = "varsle/kvittering";

    private WhistleblowingLinks() {
    }

    public static Link inbox() {
        return Link.to(INBOX);
    }

    public static Link whistleblowingCase(long id) {
        return Link.to(CASE + "/" + id);
    }

    public static Link receiptLookup() {
        return Link.to(RECEIPT_LOOKUP);
    }
}
