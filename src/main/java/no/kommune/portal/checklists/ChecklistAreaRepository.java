package no.kommune.portal.checklists;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistAreaRepository extends JpaRepository<ChecklistArea, Long> {

    List<ChecklistArea> findByTemplateVersionIdOrderByAreaNo(Long versionId);
}
