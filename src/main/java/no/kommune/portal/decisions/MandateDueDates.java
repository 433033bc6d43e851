package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the derived deadline columns ({@link Delay}) of mandates saved before those columns existed
 * (attention_order = -1 after changeset 110). New and changed mandates compute them themselves on save, and
 * "delayed today" is compared with today's date in each query, so no daily job is needed.
 * Bulk updates by id: no version bump and no history revision, as nothing a user entered changes.
 */
@Component
public class MandateDueDates {

    private static final Logger log = LoggerFactory.getLogger(MandateDueDates.class);
    private static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;
    private final TransactionTemplate transactions;

    MandateDueDates(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /** At start, and after bulk inserts that bypass the entity (the demo scale command). */
    @EventListener(ApplicationReadyEvent.class)
    public void computeMissing() {
        int total = 0;
        int done;
        do {
            Integer batch = transactions.execute(tx -> computeBatch());
            done = batch == null ? 0 : batch;
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            log.info("Computed due dates of {} mandates saved before they were stored", total);
        }
    }

    /** One batch of rows still marked -1; returns how many were computed. */
    int computeBatch() {
        List<Object[]> rows = em.createQuery("select m.id, m.deadline, m.deadlineText, m.status.state from Mandate m"
                + " where m.attentionOrder = -1 order by m.id", Object[].class).setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            Delay.Derived d = Delay.derive((LocalDate) row[1], (String) row[2], (MandateState) row[3]);
            em.createQuery("update Mandate m set m.dueDate = :due, m.deadlineUnclear = :unclear,"
                    + " m.delayedSince = :since, m.attentionOrder = :order where m.id = :id")
                    .setParameter("due", d.dueDate()).setParameter("unclear", d.unclear())
                    .setParameter("since", d.delayedSince()).setParameter("order", d.attentionOrder())
                    .setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }
}
