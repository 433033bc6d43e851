package no.kommune.portal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    /** Id/parent pairs for the whole tree: small (hundreds of rows) and used to expand unit scopes. */
    @Query("select new no.kommune.portal.organisation.UnitNode(u.id, u.parent.id, u.type, u.name, u.code, u.leader.id)"
            + " from OrgUnit u left join u.parent left join u.leader")
    List<UnitNode> findAllNodes();

    @Query("select u.id from OrgUnit u where u.leader.id = :userId and u.active = true")
    List<Long> findIdsLedBy(Long userId);

    List<OrgUnit> findByParentIsNullOrderByName();

    Optional<OrgUnit> findFirstByNameIgnoreCase(String name);
}
