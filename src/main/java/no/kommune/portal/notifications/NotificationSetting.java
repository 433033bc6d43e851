package no.kommune.portal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.kommune.portal.base.AbstractEntity;
import org.hibernate.envers.Audited;

/** A user's notification preferences. Users without a row get the defaults ({@link MailMode#IMMEDIATE}). */
@Entity
@Audited
@Table(name = "notification_setting")
public class NotificationSetting extends AbstractEntity {

    @Column(name = "username", nullable = false, length = 100, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false, length = 20)
    private MailMode mailMode = MailMode.IMMEDIATE;

    protected NotificationSetting() {
    }

    NotificationSetting(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    void setMailMode(MailMode mailMode) {
        this.mailMode = mailMode;
    }
}
