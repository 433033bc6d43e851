package no.kommune.portal.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BodyMembershipRepository extends JpaRepository<BodyMembership, Long> {

    @Query("select m from BodyMembership m join fetch m.member where m.body.id = :bodyId order by m.member.fullName")
    List<BodyMembership> findByBody(Long bodyId);

    @Query("select m.body.id from BodyMembership m where m.member.username = :username"
            + " and (m.toDate is null or m.toDate >= current_date)")
    List<Long> findCurrentBodyIds(String username);
}
