package no.kommune.portal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoliticalBodyRepository extends JpaRepository<PoliticalBody, Long> {

    List<PoliticalBody> findByActiveTrueOrderByName();

    Optional<PoliticalBody> findFirstByNameIgnoreCase(String name);

    Optional<PoliticalBody> findFirstByShortNameIgnoreCase(String shortName);
}
