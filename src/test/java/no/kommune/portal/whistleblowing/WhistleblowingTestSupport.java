package no.kommune.portal.whistleblowing;

/** Access for UI tests to package-private test hooks. */
public final class WhistleblowingTestSupport {

    private WhistleblowingTestSupport() {
    }

    public static void resetRateLimit(PublicRateLimit limit) {
        limit.reset();
    }
}
