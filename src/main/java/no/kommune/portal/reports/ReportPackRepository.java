package no.kommune.portal.reports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportPackRepository extends JpaRepository<ReportPack, Long> {

    @Query("select p from ReportPack p where p.status in (no.kommune.portal.reports.ReportPack.Status.QUEUED,"
            + " no.kommune.portal.reports.ReportPack.Status.RUNNING) and p.createdAt < :cutoff")
    List<ReportPack> findPendingCreatedBefore(java.time.Instant cutoff);
}
