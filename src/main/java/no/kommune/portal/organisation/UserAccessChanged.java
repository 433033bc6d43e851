package no.kommune.portal.organisation;

import java.util.Set;

/**
 * Published when what a user may do changed: deactivated, roles or units changed, renamed or given a new
 * password. Security handles it by ending her open sessions, so the change takes effect at her next request.
 * An event (not a call) keeps organisation free of a dependency on the security package's session handling.
 *
 * @param usernames every name the user may be signed in under (old and new on a rename)
 */
public record UserAccessChanged(Set<String> usernames) {

    public UserAccessChanged {
        usernames = Set.copyOf(usernames);
    }
}
