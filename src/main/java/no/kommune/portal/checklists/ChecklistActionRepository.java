package no.kommune.portal.checklists;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistActionRepository extends JpaRepository<ChecklistAction, Long> {

    @Query("select c from ChecklistAction c join fetch c.owner join fetch c.answer where c.instance.id = :instanceId"
            + " order by c.id")
    List<ChecklistAction> findByInstance(Long instanceId);
}
