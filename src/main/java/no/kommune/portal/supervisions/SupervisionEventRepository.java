package no.kommune.portal.supervisions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionEventRepository extends JpaRepository<SupervisionEvent, Long> {

    @Query("select e from SupervisionEvent e where e.supervision.id = :supervisionId order by e.createdAt, e.id")
    List<SupervisionEvent> findHistory(Long supervisionId);
}
