package no.kommune.portal.deviations;

import jakarta.persistence.criteria.Fetch;
import java.util.List;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PersonNames;
import no.kommune.portal.deviations.DeviationViews.ReadLogLine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The log of reads of confidential deviations (quality only). */
@Service
@Transactional(readOnly = true)
public class DeviationReadLogs {

    private final PersonNames names;
    private final ListQueries lists;

    public DeviationReadLogs(PersonNames names, ListQueries lists) {
        this.names = names;
        this.lists = lists;
    }

    /** Reads of confidential deviations (of one deviation, or of all for none), newest first; at most 500. */
    @PreAuthorize(DeviationRules.QUALITY)
    public List<ReadLogLine> page(Long deviationId, int offset, int limit) {
        ListQueries.Where<DeviationReadLog> of = (r, query, cb) -> deviationId == null ? cb.conjunction()
                : cb.equal(r.get("deviation").get("id"), deviationId);
        List<DeviationReadLog> reads = lists.page(DeviationReadLog.class, of,
                (r, cb) -> List.of(cb.desc(r.get("createdAt")), cb.desc(r.get("id"))), offset, Math.min(limit, 500),
                r -> {
                    Fetch<DeviationReadLog, Deviation> d = r.fetch("deviation");
                    d.fetch("category");
                    d.fetch("reportedToUnit");
                });
        var fullNames = names.fullNames(reads.stream().map(DeviationReadLog::getCreatedBy).toList());
        return reads.stream()
                .map(r -> new ReadLogLine(r.getCreatedAt(), fullNames.getOrDefault(r.getCreatedBy(), r.getCreatedBy()),
                        r.getDeviation().getId(),
                        r.getDeviation().getCategory().getName(), r.getDeviation().getReportedToUnit().getName()))
                .toList();
    }
}
