package no.kommune.portal.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import no.kommune.portal.base.PersonNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Full names from the user accounts, in one query per history. Not secured: a name is no secret to a reader. */
@Component
class AccountPersonNames implements PersonNames {

    private final UserAccountRepository users;

    AccountPersonNames(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        Map<String, String> result = new HashMap<>();
        var wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return result;
        }
        for (Object[] row : users.findFullNames(wanted)) {
            result.put((String) row[0], (String) row[1]);
        }
        return result;
    }
}
