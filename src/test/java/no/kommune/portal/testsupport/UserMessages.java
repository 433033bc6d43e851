package no.kommune.portal.testsupport;

import java.util.Locale;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import no.kommune.portal.base.ui.ErrorMessages;

/** What the user reads for a failure, in bokmål or English, as the UI shows it ({@link ErrorMessages}). */
public final class UserMessages {

    private static final PortalI18NProvider I18N = new PortalI18NProvider();

    private UserMessages() {
    }

    public static String english(Throwable failure) {
        return in(PortalI18NProvider.ENGLISH, failure);
    }

    public static String bokmal(Throwable failure) {
        return in(PortalI18NProvider.BOKMAL, failure);
    }

    private static String in(Locale locale, Throwable failure) {
        return ErrorMessages.describe(failure, (key, args) -> I18N.getTranslation(key, locale, args));
    }
}
