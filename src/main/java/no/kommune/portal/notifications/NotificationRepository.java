package no.kommune.portal.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientAndDedupeKey(String recipient, String dedupeKey);

    long countByRecipientAndReadAtIsNull(String recipient);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update Notification n set n.readAt = :now"
            + " where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, java.time.Instant now);

    List<Notification> findByMailClaimOrderById(String mailClaim);
}
