package no.kommune.portal.whistleblowing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrganisationLinks;
import no.kommune.portal.organisation.ReceiverGroupChanged;
import no.kommune.portal.organisation.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every active receiver, and the account concerned, about a change to the receiver group, so that a change
 * nobody in the group made cannot go unnoticed (decision 011). Runs in the changing transaction's thread; the
 * notices themselves are stored in their own transactions by the {@link Notifier}.
 */
@Component
class ReceiverGroupNotices {

    private final Notifier notifier;

    @PersistenceContext
    private EntityManager em;

    ReceiverGroupNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(ReceiverGroupChanged change) {
        // Each change is its own occurrence: a random key, so the same change made twice is told twice.
        String occurrence = "receiver-group-" + UUID.randomUUID();
        Set<String> told = new LinkedHashSet<>(em.createQuery(
                "select u.username from UserAccount u join u.roles r where r = :role and u.active = true",
                String.class).setParameter("role", Roles.WHISTLEBLOWING_RECEIVER).getResultList());
        told.add(change.affectedUsername());
        for (String receiver : told) {
            notifier.send(new Notice(receiver, "RECEIVER_GROUP_CHANGED", occurrence, change.messageKey(),
                    List.of(change.affectedFullName(), change.affectedUsername(), change.changedByFullName()),
                    OrganisationLinks.receiverGroup()));
        }
    }
}
