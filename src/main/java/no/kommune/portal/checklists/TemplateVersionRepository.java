package no.kommune.portal.checklists;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    @Query("select v from TemplateVersion v join fetch v.template t order by t.name, v.versionNo")
    List<TemplateVersion> findAllWithTemplate();

    List<TemplateVersion> findByTemplateIdOrderByVersionNo(Long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdOrderByVersionNoDesc(Long templateId);

    Optional<TemplateVersion> findFirstByTemplateIdAndStateOrderByVersionNoDesc(Long templateId,
            TemplateVersion.State state);
}
