package no.kommune.portal.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {


    List<MailOutboxEntry> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);
}
