package no.kommune.portal.reports;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportPackRepository extends JpaRepository<ReportPack, Long> {

    @Query("select new no.kommune.portal.reports.ReportPackSummary(p.id, p.periodName, p.format, p.status,"
            + " p.createdAt, p.finishedAt, p.durationMs, p.fileName, p.sizeBytes, p.error)"
            + " from ReportPack p where p.requestedBy = :username order by p.id desc")
    List<ReportPackSummary> summariesOf(String username, Pageable pageable);

    @Query("select new no.kommune.portal.reports.ReportPackSummary(p.id, p.periodName, p.format, p.status,"
            + " p.createdAt, p.finishedAt, p.durationMs, p.fileName, p.sizeBytes, p.error)"
            + " from ReportPack p where p.id = :id")
    ReportPackSummary summaryOf(Long id);

    @Query("select p from ReportPack p where p.status in (no.kommune.portal.reports.ReportPack.Status.QUEUED,"
            + " no.kommune.portal.reports.ReportPack.Status.RUNNING) and p.createdAt < :cutoff")
    List<ReportPack> findPendingCreatedBefore(java.time.Instant cutoff);
}
