package no.kommune.portal.deviations;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeviationReadLogRepository extends JpaRepository<DeviationReadLog, Long> {
}
