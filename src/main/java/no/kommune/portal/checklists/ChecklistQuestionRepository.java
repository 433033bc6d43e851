package no.kommune.portal.checklists;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistQuestionRepository extends JpaRepository<ChecklistQuestion, Long> {

    @Query("select q from ChecklistQuestion q join fetch q.area a where q.templateVersion.id = :versionId"
            + " order by a.areaNo, q.sortOrder, q.id")
    List<ChecklistQuestion> findByVersion(Long versionId);

    long countByTemplateVersionId(Long versionId);
}
