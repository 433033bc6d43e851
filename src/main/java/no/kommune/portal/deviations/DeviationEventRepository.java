package no.kommune.portal.deviations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviationEventRepository extends JpaRepository<DeviationEvent, Long> {

    @Query("select e from DeviationEvent e left join fetch e.fromUnit left join fetch e.toUnit"
            + " where e.deviation.id = :deviationId order by e.createdAt, e.id")
    List<DeviationEvent> findHistory(Long deviationId);
}
