package no.kommune.portal.deviations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeviationCategoryRepository extends JpaRepository<DeviationCategory, Long> {

    List<DeviationCategory> findByActiveTrueOrderBySortOrder();

    List<DeviationCategory> findAllByOrderBySortOrder();

    Optional<DeviationCategory> findByCode(String code);
}
