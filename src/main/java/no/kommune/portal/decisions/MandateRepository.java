package no.kommune.portal.decisions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MandateRepository extends JpaRepository<Mandate, Long> {

    Optional<Mandate> findBySourceKey(String sourceKey);

    List<Mandate> findByDecisionIdOrderById(Long decisionId);

    /** Open mandates with a (resolved) deadline in the window (for reminders): an index range on due_date. */
    @Query("select m from Mandate m join fetch m.status s where m.dueDate is not null and m.dueDate <= :until"
            + " and m.dueDate >= :from and s.state not in (no.kommune.portal.decisions.MandateState.DONE,"
            + " no.kommune.portal.decisions.MandateState.CANCELLED)")
    List<Mandate> findOpenWithDeadlineBetween(LocalDate from, LocalDate until);

    @Query("select m.id from Mandate m where m.id in :ids")
    List<Long> existingIds(Collection<Long> ids);
}
