package no.kommune.portal.checklists;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswer, Long> {

    Optional<ChecklistAnswer> findByInstanceIdAndQuestionId(Long instanceId, Long questionId);

    @Query("select a from ChecklistAnswer a join fetch a.question where a.instance.id = :instanceId")
    List<ChecklistAnswer> findByInstance(Long instanceId);

    /** Counts per instance, area and answer for a whole round: the input of the overview. */
    @Query("select new no.kommune.portal.checklists.AnswerCount(i.id, q.area.areaNo,"
            + " a.answer, count(a)) from ChecklistAnswer a join a.instance i join a.question q"
            + " where i.round.id = :roundId group by i.id, q.area.areaNo, a.answer")
    List<AnswerCount> countsForRound(Long roundId);
}
