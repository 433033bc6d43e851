package no.kommune.portal.notifications;

import java.time.Instant;
import java.util.List;
import no.kommune.portal.organisation.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
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
    private final CurrentUser currentUser;

    public NotificationService(NotificationRepository notifications, CurrentUser currentUser) {
        this.notifications = notifications;
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
        return notifications.findByRecipientOrderByCreatedAtDesc(currentUser.requireUsername(), PageRequest.of(0, limit));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(Long id) {
        String me = currentUser.requireUsername();
        notifications.findById(id).filter(n -> n.getRecipient().equals(me)).ifPresent(n -> n.markRead(Instant.now()));
    }
}
