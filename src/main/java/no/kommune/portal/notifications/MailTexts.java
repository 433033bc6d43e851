package no.kommune.portal.notifications;

import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.Link;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words of the mails, in bokmål (the language of the municipality's staff), from the same translation
 * keys as the in-app notifications so both always say the same thing. Plain text only: no HTML that a
 * mail client could render from user-entered text.
 */
@Component
class MailTexts {

    private final PortalI18NProvider i18n;
    private final String baseUrl;

    MailTexts(PortalI18NProvider i18n, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    String message(Notification n) {
        return i18n.getTranslation(n.getMessageKey(), PortalI18NProvider.BOKMAL, n.getMessageArgs());
    }

    String subject(Notification n) {
        String message = message(n);
        String subject = t("notifications.mail.subject", message);
        return subject.length() <= 300 ? subject : subject.substring(0, 297) + "...";
    }

    String single(Notification n) {
        return t("notifications.mail.greeting") + "\n\n" + message(n) + "\n" + link(n) + "\n\n"
                + t("notifications.mail.footer");
    }

    String digestSubject(int count) {
        return t("notifications.mail.digestSubject", count);
    }

    String digest(List<Notification> items) {
        StringBuilder body = new StringBuilder(t("notifications.mail.greeting")).append("\n\n")
                .append(t("notifications.mail.digestIntro", items.size())).append("\n\n");
        for (Notification n : items) {
            body.append("- ").append(Formats.dateTime(n.getCreatedAt())).append(": ").append(message(n)).append('\n')
                    .append("  ").append(link(n)).append('\n');
        }
        return body.append('\n').append(t("notifications.mail.footer")).toString();
    }

    private String link(Notification n) {
        return Link.absoluteUrl(baseUrl, n.getLink());
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, PortalI18NProvider.BOKMAL, args);
    }
}
