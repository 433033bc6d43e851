package no.kommune.portal.decisions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MandateEventRepository extends JpaRepository<MandateEvent, Long> {

    @Query("select e from MandateEvent e left join fetch e.period where e.mandate.id = :mandateId order by e.createdAt, e.id")
    List<MandateEvent> findHistory(Long mandateId);
}
