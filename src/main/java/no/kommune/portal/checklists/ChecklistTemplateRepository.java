package no.kommune.portal.checklists;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    Optional<ChecklistTemplate> findBySourceKey(String sourceKey);

    List<ChecklistTemplate> findAllByOrderByName();
}
