package no.kommune.portal.organisation;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kommune.portal.base.ChangeHistory;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** User administration: accounts, roles and unit memberships. Accounts are deactivated, never deleted. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdminService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final ListQueries lists;

    public UserAdminService(UserAccountRepository users, OrgUnitRepository units, PasswordEncoder passwordEncoder,
            ChangeHistory history, CurrentUser currentUser, PasswordPolicy passwordPolicy,
            ApplicationEventPublisher events, ListQueries lists) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.lists = lists;
    }

    /** Every change to the account: who, when, which fields (the password hash is never audited). */
    @Transactional(readOnly = true)
    public List<ChangeHistory.Change> history(Long userId) {
        return history.of(UserAccount.class, userId);
    }

    public record Filter(String text, String role, boolean includeInactive) {
    }

    /** Accounts matching the filter, sorted by the columns asked for (full name, username), then name and id. */
    @Transactional(readOnly = true)
    public List<UserAccount> page(Filter filter, PageSlice slice) {
        return lists.page(UserAccount.class, UserAccountSpecifications.admin(filter),
                UserAccountSpecifications.order(slice), slice);
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return lists.count(UserAccount.class, UserAccountSpecifications.admin(filter));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(Long id) {
        return users.findById(id).map(u -> {
            u.getUnits().size(); // load memberships for the edit form
            return u;
        });
    }

    public UserAccount save(@Valid UserAccount user, Set<Long> unitIds) {
        Set<String> unknown = new HashSet<>(user.getRoles());
        unknown.removeAll(Roles.ALL);
        if (!unknown.isEmpty()) {
            throw new UserFacingException("users.error.unknownRole", String.join(", ", unknown));
        }
        guardSealedChannel(user);
        users.findByUsernameIgnoreCase(user.getUsername())
                .filter(existing -> !existing.equals(user))
                .ifPresent(existing -> {
                    throw new UserFacingException("users.error.usernameTaken", user.getUsername());
                });
        boolean receiverActiveChanged = user.getId() != null && user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)
                && users.findStoredActiveOf(user.getId()).map(a -> a != user.isActive()).orElse(false);
        AccessState before = user.getId() == null ? null : AccessState.stored(users, user.getId());
        user.setUnits(new HashSet<>(units.findAllById(unitIds)));
        UserAccount saved = users.save(user);
        if (receiverActiveChanged) {
            events.publishEvent(ReceiverGroupChanged.of(saved.isActive() ? "receivers.notice.reactivated"
                    : "receivers.notice.deactivated", saved, currentUser.requireAccount()));
        }
        if (before != null && !before.equals(AccessState.of(saved))) {
            events.publishEvent(new UserAccessChanged(new HashSet<>(List.of(before.username(), saved.getUsername()))));
        }
        return saved;
    }

    /** What decides a signed-in user's access; a change ends her open sessions (issue 9 item 4). */
    private record AccessState(String username, boolean active, Set<String> roles, Set<Long> unitIds) {

        static AccessState stored(UserAccountRepository users, Long id) {
            String[] login = users.findLoginStateOf(id).split("\\|", -1);
            return new AccessState(login[0], "1".equals(login[1]) || "true".equalsIgnoreCase(login[1]),
                    Set.copyOf(users.findRolesOf(id)), users.findUnitIdsOf(id).stream()
                            .map(n -> ((Number) n).longValue()).collect(java.util.stream.Collectors.toSet()));
        }

        static AccessState of(UserAccount u) {
            return new AccessState(u.getUsername(), u.isActive(), Set.copyOf(u.getRoles()),
                    u.getUnits().stream().map(OrgUnit::getId).collect(java.util.stream.Collectors.toSet()));
        }
    }

    /**
     * Whistleblowing reports are sealed even from administrators (decisions 002 and 011): the receiver role is
     * granted and removed only by receivers ({@link ReceiverGroupService}), and an administrator may not rename
     * a receiver's account. Nobody renames her own account, so a rename cannot slip a role change past a check.
     * Accounts are compared by id with what is stored, never by the (editable) username.
     */
    private void guardSealedChannel(UserAccount user) {
        boolean wasReceiver = user.getId() != null
                && users.findRolesOf(user.getId()).contains(Roles.WHISTLEBLOWING_RECEIVER);
        if (wasReceiver != user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            throw new UserFacingException("users.error.receiverRoleByReceivers");
        }
        if (user.getId() == null) {
            return;
        }
        String storedUsername = users.findStoredUsernameOf(user.getId()).orElse(null);
        boolean renamed = storedUsername != null && !storedUsername.equals(user.getUsername());
        if (renamed && user.getId().equals(currentUser.account().map(UserAccount::getId).orElse(null))) {
            throw new UserFacingException("users.error.renameSelf");
        }
        if (renamed && wasReceiver) {
            throw new UserFacingException("users.error.renameReceiver");
        }
    }

    /** Checks a new password against the policy without storing anything (forms check before they save). */
    public void checkPassword(String rawPassword) {
        passwordPolicy.check(rawPassword);
    }

    /** Sets a new password; never on a receiver's account (a receiver resets her own or another receiver's). */
    public void setPassword(Long userId, String rawPassword) {
        passwordPolicy.check(rawPassword);
        if (users.findRolesOf(userId).contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            throw new AccessDeniedException("Administrators do not set passwords of whistleblowing receivers");
        }
        UserAccount user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean hadPassword = user.getPasswordHash() != null;
        user.setPasswordHash(passwordEncoder.encode(rawPassword));
        if (hadPassword) {
            // whoever knew the old password must not keep a session opened with it
            events.publishEvent(new UserAccessChanged(Set.of(user.getUsername())));
        }
    }

    /** Deactivating or reactivating a receiver's account changes the receiver group: all receivers are told. */
    public void setActive(Long userId, boolean active) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (user.isActive() != active) {
            user.setActive(active);
            events.publishEvent(new UserAccessChanged(Set.of(user.getUsername())));
            if (user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
                events.publishEvent(ReceiverGroupChanged.of(active ? "receivers.notice.reactivated"
                        : "receivers.notice.deactivated", user, currentUser.requireAccount()));
            }
        }
    }
}
