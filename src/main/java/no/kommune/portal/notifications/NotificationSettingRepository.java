package no.kommune.portal.notifications;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    Optional<NotificationSetting> findByUsername(String username);
}
