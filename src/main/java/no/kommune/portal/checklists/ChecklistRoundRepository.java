package no.kommune.portal.checklists;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRoundRepository extends JpaRepository<ChecklistRound, Long> {

    Optional<ChecklistRound> findFirstByTemplateVersionIdAndName(Long versionId, String name);

    boolean existsByTemplateVersionId(Long versionId);
}
