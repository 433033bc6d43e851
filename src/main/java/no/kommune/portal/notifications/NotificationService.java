package no.kommune.portal.notifications;

import java.time.Instant;
import java.util.List;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.organisation.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notices as in-app notifications. The unique key (recipient, dedupe_key) in the database is what
 * makes sending idempotent across repeated runs and nodes; the existence check only avoids the exception
 * in the common case.
 */
@Service
public class NotificationService implements Notifier {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final MailOutboxRepository outbox;
    private final CurrentUser currentUser;
    private final ListQueries lists;

    public NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
            MailOutboxRepository outbox, CurrentUser currentUser, ListQueries lists) {
        this.lists = lists;
        this.notifications = notifications;
        this.settings = settings;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean send(Notice notice) {
        if (notifications.existsByRecipientAndDedupeKey(notice.recipientUsername(), notice.dedupeKey())) {
            return false;
        }
        try {
            notifications.saveAndFlush(new Notification(notice));
            return true;
        } catch (DataIntegrityViolationException duplicateFromAnotherNode) {
            return false;
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentUser.requireUsername());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> latest(int limit) {
        return mine(0, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(Long id) {
        String me = currentUser.requireUsername();
        notifications.findById(id).filter(n -> n.getRecipient().equals(me)).ifPresent(n -> n.markRead(Instant.now()));
    }

    /** My notifications, newest first, one page (the list view loads lazily). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> page(int offset, int limit) {
        return mine(offset, limit);
    }

    private List<Notification> mine(int offset, int limit) {
        String me = currentUser.requireUsername();
        return lists.page(Notification.class, (n, query, cb) -> cb.equal(n.get("recipient"), me),
                (n, cb) -> List.of(cb.desc(n.get("createdAt")), cb.desc(n.get("id"))), offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.requireUsername(), Instant.now());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MailMode myMailMode() {
        return settings.findByUsername(currentUser.requireUsername()).map(NotificationSetting::getMailMode)
                .orElse(MailMode.IMMEDIATE);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMyMailMode(MailMode mode) {
        if (mode == null) {
            throw new no.kommune.portal.base.UserFacingException("notifications.error.modeRequired");
        }
        String me = currentUser.requireUsername();
        NotificationSetting setting = settings.findByUsername(me).orElseGet(() -> new NotificationSetting(me));
        setting.setMailMode(mode);
        settings.save(setting);
    }

    /** What the portal mailed or would have mailed, newest first: for administrators checking delivery. */
    @PreAuthorize("hasRole('" + no.kommune.portal.organisation.Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<MailOutboxEntry> outbox(int offset, int limit) {
        return lists.page(MailOutboxEntry.class, (m, query, cb) -> cb.conjunction(),
                (m, cb) -> List.of(cb.desc(m.get("id"))), offset, limit);
    }
}
