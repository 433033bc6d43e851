package no.kommune.portal.supervisions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisionRepository extends JpaRepository<Supervision, Long> {

    Optional<Supervision> findBySourceKey(String sourceKey);

    @Query("select distinct s.sector from Supervision s order by s.sector")
    List<String> findSectors();

    @Query("select distinct s.authority from Supervision s where s.authority is not null order by s.authority")
    List<String> findAuthorities();

    @Query("select distinct s.year from Supervision s order by s.year desc")
    List<Integer> findYears();
}
