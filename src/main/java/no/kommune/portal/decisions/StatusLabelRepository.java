package no.kommune.portal.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusLabelRepository extends JpaRepository<StatusLabel, Long> {

    List<StatusLabel> findByActiveTrueOrderBySortOrder();

    List<StatusLabel> findAllByOrderBySortOrderAscIdAsc();

    long countByStateAndActiveTrue(MandateState state);

    Optional<StatusLabel> findFirstByLabelIgnoreCase(String label);

    Optional<StatusLabel> findFirstByStateAndActiveTrueOrderBySortOrder(MandateState state);
}
