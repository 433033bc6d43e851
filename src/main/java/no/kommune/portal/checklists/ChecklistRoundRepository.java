package no.kommune.portal.checklists;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistRoundRepository extends JpaRepository<ChecklistRound, Long> {

    @Query(value = "select r from ChecklistRound r join fetch r.templateVersion v join fetch v.template"
            + " where (:publishedOnly = false or r.published = true) order by r.openedAt desc, r.id desc",
            countQuery = "select count(r) from ChecklistRound r where (:publishedOnly = false or r.published = true)")
    List<ChecklistRound> page(boolean publishedOnly, Pageable pageable);

    @Query("select count(r) from ChecklistRound r where (:publishedOnly = false or r.published = true)")
    long count(boolean publishedOnly);

    /** The round of the same template opened just before the given moment (for "change from last round"). */
    @Query("select r from ChecklistRound r where r.templateVersion.template.id = :templateId"
            + " and (r.openedAt < :before or (r.openedAt = :before and r.id < :id)) order by r.openedAt desc, r.id desc")
    List<ChecklistRound> findPrevious(Long templateId, Instant before, Long id, Pageable pageable);

    Optional<ChecklistRound> findFirstByTemplateVersionIdAndName(Long versionId, String name);

    boolean existsByTemplateVersionId(Long versionId);
}
