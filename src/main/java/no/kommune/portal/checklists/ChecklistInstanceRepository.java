package no.kommune.portal.checklists;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistInstanceRepository extends JpaRepository<ChecklistInstance, Long> {

    @Query("select count(i) from ChecklistInstance i where i.unit.id in :unitIds and i.state = "
            + "no.kommune.portal.checklists.ChecklistInstance.State.OPEN")
    long countOpenForUnits(Collection<Long> unitIds);

    @Query("select i from ChecklistInstance i join fetch i.unit u where i.round.id = :roundId order by u.name, i.id")
    List<ChecklistInstance> findByRound(Long roundId);

    @Query("select i from ChecklistInstance i join fetch i.round r join fetch i.unit u"
            + " where i.state = no.kommune.portal.checklists.ChecklistInstance.State.OPEN"
            + " and r.deadline between :from and :to order by i.id")
    List<ChecklistInstance> findOpenWithDeadlineBetween(java.time.LocalDate from, java.time.LocalDate to);
}
