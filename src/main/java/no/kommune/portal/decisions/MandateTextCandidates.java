package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.BoundedExpiringMap;
import no.kommune.portal.base.FreeText;
import org.springframework.stereotype.Component;

/**
 * The mandates a free-text search can match at all, when one of its words is rare (decision 026).
 *
 * <p>A word matches in the mandate's own text or in its decision's, two FULLTEXT indexes; MariaDB cannot use
 * either index for such an OR, so the list query walks the rows in the list's order and tests each one. That stops
 * after 50 rows when the words are common, but reads all 100 000 when they match a handful (300 ms). So before the
 * list query, each indexed word, longest first, is looked up in the two indexes alone, each lookup stopped after
 * {@value #LIMIT} rows: the first word found in fewer rows gives the ids of every mandate the search can match, and
 * the list query reads just those by primary key (with the whole filter, so the ids are only a narrowing).
 *
 * <p>A word found common is remembered for {@link #COMMON_FOR} on this node, so the count, the counters and the
 * next pages of the same search do not look it up again (a full-text lookup of a word in every row costs as much as
 * the list query). Only "common" is remembered: a stale verdict costs time, never rows, whereas remembered ids would
 * miss mandates saved since.
 */
@Component
class MandateTextCandidates {

    /** Above this many rows per index a word is common: the list query's walk stops early enough then. */
    static final int LIMIT = 1000;
    static final Duration COMMON_FOR = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    private final BoundedExpiringMap<FreeText.Word, Boolean> common;

    MandateTextCandidates(Clock clock) {
        this.common = new BoundedExpiringMap<>(clock, 1_000);
    }

    /** The candidate ids, or null when there is no indexed word or every one is common. */
    Set<Long> of(List<FreeText.Word> words) {
        List<FreeText.Word> indexed = words.stream().filter(w -> !(w instanceof FreeText.Substring))
                .sorted(Comparator.comparingInt(MandateTextCandidates::length).reversed()).toList();
        for (FreeText.Word word : indexed) {
            if (common.get(word) != null) {
                continue;
            }
            List<Long> own = ids(word, false);
            List<Long> throughDecision = own.size() > LIMIT ? List.of() : ids(word, true);
            if (own.size() > LIMIT || throughDecision.size() > LIMIT) {
                common.update(word, previous -> Boolean.TRUE, COMMON_FOR);
                continue;
            }
            Set<Long> ids = new LinkedHashSet<>(own);
            ids.addAll(throughDecision);
            return ids;
        }
        return null;
    }

    /** Up to LIMIT + 1 ids of mandates with the word in their own text, or in their decision's. */
    private List<Long> ids(FreeText.Word word, boolean throughDecision) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Mandate> m = q.from(Mandate.class);
        q.select(m.<Long>get("id")).where(throughDecision
                ? MandateSpecifications.inDecisions(m, cb, q, d -> MandateSpecifications.inDecision(word, d, cb))
                : MandateSpecifications.inMandate(word, m, cb));
        return em.createQuery(q).setMaxResults(LIMIT + 1).getResultList();
    }

    private static int length(FreeText.Word word) {
        return switch (word) {
            case FreeText.Prefix p -> p.word().length();
            case FreeText.Phrase p -> p.text().length();
            case FreeText.Substring s -> 0;
        };
    }
}
