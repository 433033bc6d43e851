package no.kommune.portal.decisions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionCorrectionRepository extends JpaRepository<DecisionCorrection, Long> {

    /** The corrections a mandate's history shows: its own and those of its decision, oldest first. */
    @Query("select c from DecisionCorrection c where c.mandate.id = :mandateId"
            + " or (c.mandate is null and c.decision.id = :decisionId) order by c.createdAt, c.id")
    List<DecisionCorrection> findForMandate(Long mandateId, Long decisionId);

    List<DecisionCorrection> findByDecisionIdOrderByCreatedAtAscIdAsc(Long decisionId);
}
