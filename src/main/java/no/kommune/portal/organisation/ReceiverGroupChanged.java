package no.kommune.portal.organisation;

/**
 * Published whenever the receiver group of the whistleblowing channel changes (granted, removed, password set,
 * account deactivated or reactivated). The whistleblowing feature tells every receiver; an event keeps the
 * organisation package free of a dependency on notifications.
 *
 * @param messageKey       translation key of the notice; its arguments are the affected user's full name and
 *                         username and the full name of who made the change
 * @param affectedUsername the account changed; told as well, even when she just left the group
 */
public record ReceiverGroupChanged(String messageKey, String affectedFullName, String affectedUsername,
        String changedByFullName) {

    static ReceiverGroupChanged of(String messageKey, UserAccount affected, UserAccount changedBy) {
        return new ReceiverGroupChanged(messageKey, affected.getFullName(), affected.getUsername(),
                changedBy.getFullName());
    }
}
