package no.kommune.portal.municipality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityProfileRepository extends JpaRepository<MunicipalityProfile, Long> {

    Optional<MunicipalityProfile> findByProfileKey(String profileKey);

    /** The profile without its logo's bytes (every page header asks for it). */
    @Query("select new no.kommune.portal.municipality.Municipality(p.name, p.number, p.accentColour,"
            + " case when p.logoPng is null then false else true end, p.version)"
            + " from MunicipalityProfile p where p.profileKey = ?1")
    Optional<Municipality> summary(String profileKey);

    @Query("select p.logoPng from MunicipalityProfile p where p.profileKey = ?1")
    Optional<byte[]> logo(String profileKey);
}
