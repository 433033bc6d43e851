package no.kommune.portal.notifications;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {
}
