package no.kommune.portal.deviations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import no.kommune.portal.base.PersonNames;
import no.kommune.portal.deviations.DeviationViews.ReadLogLine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The log of reads of confidential deviations (quality only). */
@Service
@Transactional(readOnly = true)
public class DeviationReadLogs {

    @PersistenceContext
    private EntityManager em;

    private final PersonNames names;

    public DeviationReadLogs(PersonNames names) {
        this.names = names;
    }

    /** Reads of confidential deviations, newest first. */
    @PreAuthorize(DeviationRules.QUALITY)
    public List<ReadLogLine> page(Long deviationId, int offset, int limit) {
        String jpql = "select r from DeviationReadLog r join fetch r.deviation d join fetch d.category"
                + " join fetch d.reportedToUnit" + (deviationId == null ? "" : " where d.id = :id")
                + " order by r.createdAt desc, r.id desc";
        TypedQuery<DeviationReadLog> q = em.createQuery(jpql, DeviationReadLog.class);
        if (deviationId != null) {
            q.setParameter("id", deviationId);
        }
        List<DeviationReadLog> reads = q.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(limit, 0), 500)).getResultList();
        var fullNames = names.fullNames(reads.stream().map(DeviationReadLog::getCreatedBy).toList());
        return reads.stream()
                .map(r -> new ReadLogLine(r.getCreatedAt(), fullNames.getOrDefault(r.getCreatedBy(), r.getCreatedBy()),
                        r.getDeviation().getId(),
                        r.getDeviation().getCategory().getName(), r.getDeviation().getReportedToUnit().getName()))
                .toList();
    }
}
