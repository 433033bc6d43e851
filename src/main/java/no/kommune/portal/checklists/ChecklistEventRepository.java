package no.kommune.portal.checklists;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistEventRepository extends JpaRepository<ChecklistEvent, Long> {

    @Query("select e from ChecklistEvent e where e.instance.id = :instanceId order by e.createdAt, e.id")
    List<ChecklistEvent> findHistory(Long instanceId);
}
