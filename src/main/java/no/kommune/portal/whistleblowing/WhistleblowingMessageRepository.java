package no.kommune.portal.whistleblowing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WhistleblowingMessageRepository extends JpaRepository<WhistleblowingMessage, Long> {

    @Query("select m from WhistleblowingMessage m where m.whistleblowingCase.id = :caseId order by m.createdAt, m.id")
    List<WhistleblowingMessage> findThread(Long caseId);
}
