package no.kommune.portal.base;

import java.util.Collection;
import java.util.Map;

/**
 * Full names for usernames, so histories show "Marit Trollerud" rather than "leder". Implemented by the
 * organisation feature; declared here so base (ChangeHistory) and every feature can use it without depending
 * on organisation.
 */
public interface PersonNames {

    /** Full name per username, for the usernames that have an account (others are left out). */
    Map<String, String> fullNames(Collection<String> usernames);

    /** The person's full name, or the username itself when no account has it (e.g. "system"). */
    default String nameOf(String username) {
        if (username == null) {
            return "";
        }
        return fullNames(java.util.List.of(username)).getOrDefault(username, username);
    }
}
