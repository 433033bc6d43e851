package no.kommune.portal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    /** Id/parent pairs for the whole tree: small (hundreds of rows) and used to expand unit scopes. */
    @Query("select new no.kommune.portal.organisation.UnitNode(u.id, u.parent.id, u.type, u.name, u.code, u.leader.id,"
            + " u.active) from OrgUnit u left join u.parent left join u.leader")
    List<UnitNode> findAllNodes();

    /** The whole tree for the administrator's organisation chart, closed units included, with leader names. */
    @Query("select new no.kommune.portal.organisation.ChartUnit(u.id, p.id, u.type, u.name, u.code, l.id, l.fullName,"
            + " u.active, u.version) from OrgUnit u left join u.parent p left join u.leader l")
    List<ChartUnit> findChart();

    @Query("select u from OrgUnit u where u.parent = :parent and u.active = true")
    List<OrgUnit> findActiveChildren(OrgUnit parent);

    @Query("select u from OrgUnit u where u.parent is null and u.type = no.kommune.portal.organisation.OrgUnitType.MUNICIPALITY"
            + " and u.active = true")
    List<OrgUnit> findActiveMunicipalities();

    @Query("select u from OrgUnit u where lower(u.code) = lower(:code) and u.active = true")
    List<OrgUnit> findActiveByCode(String code);

    @Query("select u.id from OrgUnit u where u.leader.id = :userId and u.active = true")
    List<Long> findIdsLedBy(Long userId);

    List<OrgUnit> findByParentIsNullOrderByName();

    Optional<OrgUnit> findFirstByNameIgnoreCase(String name);
}
