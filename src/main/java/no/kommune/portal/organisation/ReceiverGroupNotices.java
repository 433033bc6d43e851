package no.kommune.portal.organisation;

import java.util.List;
import java.util.UUID;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Tells every active receiver about a change to the receiver group (granted, removed, password reset,
 * account deactivated or reactivated), so a change nobody in the group made cannot go unnoticed.
 */
@Component
class ReceiverGroupNotices {

    private final UserAccountRepository users;
    private final Notifier notifier;

    ReceiverGroupNotices(UserAccountRepository users, Notifier notifier) {
        this.users = users;
        this.notifier = notifier;
    }

    void tellReceivers(String messageKey, UserAccount affected, UserAccount changedBy) {
        // Each change is its own occurrence: a random key, so the same change twice is told twice.
        String occurrence = "receiver-group-" + UUID.randomUUID();
        List<String> receivers = new java.util.ArrayList<>(users.findActiveUsernamesWithRole(Roles.WHISTLEBLOWING_RECEIVER));
        if (affected.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER) && !receivers.contains(affected.getUsername())) {
            receivers.add(affected.getUsername());
        }
        for (String receiver : receivers) {
            notifier.send(new Notice(receiver, "RECEIVER_GROUP_CHANGED", occurrence, messageKey,
                    List.of(affected.getFullName(), affected.getUsername(), changedBy.getFullName()),
                    "varsling/mottakere"));
        }
    }
}
