package no.kommune.portal.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientAndDedupeKey(String recipient, String dedupeKey);

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable pageable);
}
