package no.kommune.portal.deviations;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeviationRepository extends JpaRepository<Deviation, Long> {
}
