package no.kommune.portal.organisation;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in, and which units' rows she may see or change. A role says what kind of work a user
 * does; this class says <em>where</em>: every service that returns or changes unit-owned rows asks it.
 */
@Service
@Transactional(readOnly = true)
public class CurrentUser {

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final BodyMembershipRepository memberships;

    public CurrentUser(UserAccountRepository users, OrgUnitRepository units, BodyMembershipRepository memberships) {
        this.users = users;
        this.units = units;
        this.memberships = memberships;
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

    /** Units the user leads, including every unit below them in the tree. */
    public Set<Long> ledUnitIds() {
        return account().map(a -> withDescendants(units.findIdsLedBy(a.getId()))).orElse(Set.of());
    }

    /** Units the user is a member of (works in). */
    public Set<Long> memberUnitIds() {
        return username().map(u -> Set.copyOf(users.findMemberUnitIds(u))).orElse(Set.of());
    }

    /** Political bodies the user currently sits in. */
    public Set<Long> bodyIds() {
        return username().map(u -> Set.copyOf(memberships.findCurrentBodyIds(u))).orElse(Set.of());
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
