package no.kommune.portal.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kommune.portal.base.BoundedExpiringMap;
import no.kommune.portal.base.EntityChanges;
import no.kommune.portal.base.Formats;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, and which units' rows she may see or change. A role says what kind of work a user
 * does; this class says <em>where</em>: every service that returns or changes unit-owned rows asks it.
 *
 * <p>The units a user leads or works in and the bodies she sits in are asked for many times per request (every
 * list query, the start page's scope, the menu), so they are kept per user until anything in the organisation
 * changes (a committed change of a unit, user, membership or body: {@link EntityChanges}), the day changes
 * (memberships end on a date), or at most a minute has passed (writes Hibernate does not see). Decision 028.
 */
@Service
@Transactional(readOnly = true)
public class CurrentUser {

    /** Users whose scope is kept; a municipality's active users fit many times over. */
    static final int MAX_USERS = 20_000;
    private static final Duration SCOPE_TTL = Duration.ofMinutes(1);
    private static final List<String> SCOPE_FEATURES = List.of("organisation");

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final BodyMembershipRepository memberships;
    private final EntityChanges changes;
    private final Clock clock;
    private final BoundedExpiringMap<String, Scope> scopes;

    public CurrentUser(UserAccountRepository users, OrgUnitRepository units, BodyMembershipRepository memberships,
            EntityChanges changes, Clock clock) {
        this.users = users;
        this.units = units;
        this.memberships = memberships;
        this.changes = changes;
        this.clock = clock;
        this.scopes = new BoundedExpiringMap<>(clock, MAX_USERS);
    }

    /** What one user may see, as read at one organisation generation on one day. */
    private record Scope(long generation, LocalDate day, Long accountId, Set<Long> led, Set<Long> member,
            Set<Long> bodies) {
    }

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Optional<UserAccount> account() {
        return username().flatMap(users::findByUsernameIgnoreCase);
    }

    public UserAccount requireAccount() {
        return account().orElseThrow(() -> new AccessDeniedException("No account for signed-in user"));
    }

    public boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /** Management, quality and administrators work across the whole municipality. */
    public boolean seesAllUnits() {
        return hasRole(Roles.MANAGEMENT) || hasRole(Roles.QUALITY) || hasRole(Roles.ADMIN);
    }

    /** The signed-in user's account id, if she has an account (kept as the units are, see above). */
    public Optional<Long> accountId() {
        return scope().map(Scope::accountId);
    }

    /** Units the user leads, including every unit below them in the tree. */
    public Set<Long> ledUnitIds() {
        return scope().map(Scope::led).orElse(Set.of());
    }

    /** Units the user is a member of (works in). */
    public Set<Long> memberUnitIds() {
        return scope().map(Scope::member).orElse(Set.of());
    }

    /** Political bodies the user currently sits in. */
    public Set<Long> bodyIds() {
        return scope().map(Scope::bodies).orElse(Set.of());
    }

    private Optional<Scope> scope() {
        Optional<String> username = username();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        String key = username.get().toLowerCase(Locale.ROOT);
        // the generation is read before the scope: a change committed meanwhile makes it stale at once
        long generation = changes.generation(SCOPE_FEATURES);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        Scope kept = scopes.get(key);
        if (kept != null && kept.generation() == generation && kept.day().equals(today)) {
            return Optional.of(kept);
        }
        Long accountId = users.findByUsernameIgnoreCase(username.get()).map(UserAccount::getId).orElse(null);
        Set<Long> led = accountId == null ? Set.of() : withDescendants(units.findIdsLedBy(accountId));
        Scope fresh = new Scope(generation, today, accountId, led, Set.copyOf(users.findMemberUnitIds(username.get())),
                Set.copyOf(memberships.findCurrentBodyIds(username.get())));
        scopes.update(key, previous -> fresh, SCOPE_TTL);
        return Optional.of(fresh);
    }

    /** True if the user may change data owned by the unit: she leads it (or a unit above it), or sees all. */
    public boolean mayManageUnit(Long unitId) {
        return unitId != null && (hasRole(Roles.MANAGEMENT) || hasRole(Roles.ADMIN) || ledUnitIds().contains(unitId));
    }

    public void requireMayManageUnit(Long unitId) {
        if (!mayManageUnit(unitId)) {
            throw new AccessDeniedException("User may not manage unit " + unitId);
        }
    }

    /** The given units and all their descendants. */
    public Set<Long> withDescendants(Collection<Long> roots) {
        if (roots.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<Long>> children = new HashMap<>();
        for (UnitNode node : units.findAllNodes()) {
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new java.util.ArrayList<>()).add(node.id());
            }
        }
        Set<Long> result = new HashSet<>(roots);
        Deque<Long> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (Long child : children.getOrDefault(todo.pop(), List.of())) {
                if (result.add(child)) {
                    todo.push(child);
                }
            }
        }
        return Set.copyOf(result);
    }
}
