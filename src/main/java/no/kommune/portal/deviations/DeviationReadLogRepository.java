package no.kommune.portal.deviations;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviationReadLogRepository extends JpaRepository<DeviationReadLog, Long> {
}
