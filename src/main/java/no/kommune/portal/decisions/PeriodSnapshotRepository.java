package no.kommune.portal.decisions;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodSnapshotRepository extends JpaRepository<PeriodSnapshot, Long> {

    @Query("select s from PeriodSnapshot s where s.period.id = :periodId and s.mandate.id in :mandateIds")
    List<PeriodSnapshot> findForMandates(Long periodId, Collection<Long> mandateIds);

    @Query("select s from PeriodSnapshot s join fetch s.mandate m join fetch m.decision d join fetch d.body"
            + " where s.period.id = :periodId")
    List<PeriodSnapshot> findByPeriod(Long periodId);
}
