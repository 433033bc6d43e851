package no.kommune.portal.whistleblowing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WhistleblowingCaseRepository extends JpaRepository<WhistleblowingCase, Long> {

    Optional<WhistleblowingCase> findByReceiptHash(String receiptHash);

    @Query("select c.receivedYear, count(c) from WhistleblowingCase c group by c.receivedYear order by c.receivedYear")
    List<Object[]> countPerYear();
}
