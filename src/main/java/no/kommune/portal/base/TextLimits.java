package no.kommune.portal.base;

/**
 * Length limits shared by {@code @Column}, {@code @Size} and the UI fields' {@code setMaxLength},
 * so the three can never drift apart.
 */
public final class TextLimits {

    public static final int CODE = 40;
    public static final int USERNAME = 100;
    public static final int NAME = 200;
    public static final int EMAIL = 254;
    public static final int TITLE = 500;
    /** Free text such as descriptions, status texts and comments (stored as TEXT). */
    public static final int LONG_TEXT = 10_000;

    private TextLimits() {
    }
}
