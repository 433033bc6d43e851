package no.kommune.portal.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findFirstByClosedAtIsNullOrderByOpenedAtDesc();

    Optional<ReportingPeriod> findByTypeAndYear(ReportingPeriod.Type type, int year);

    List<ReportingPeriod> findAllByOrderByYearDescOpenedAtDesc();
}
