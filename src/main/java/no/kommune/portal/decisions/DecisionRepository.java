package no.kommune.portal.decisions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findBySourceKey(String sourceKey);

    boolean existsByBodyIdAndCaseNumbers(Long bodyId, String caseNumbers);
}
