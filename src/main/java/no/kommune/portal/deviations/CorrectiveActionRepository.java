package no.kommune.portal.deviations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

    @Query("select a from CorrectiveAction a join fetch a.owner where a.deviation.id = :deviationId"
            + " order by a.deadline, a.id")
    List<CorrectiveAction> findByDeviation(Long deviationId);
}
