package no.kommune.portal.decisions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findBySourceKey(String sourceKey);

    boolean existsByBodyIdAndCaseNumbers(Long bodyId, String caseNumbers);

    /** Candidates for "this case number is already registered"; the caller compares the numbers exactly. */
    java.util.List<Decision> findTop200ByCaseNumbersContaining(String numberPart);
}
