package no.kommune.portal.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receivers of the sealed whistleblowing channel manage their own group (decision 011): only a receiver
 * grants or removes the {@link Roles#WHISTLEBLOWING_RECEIVER} role and sets or resets a receiver's password.
 * Administrators can do none of it ({@link UserAdminService} refuses), so no administrator can read reports by
 * making an account a receiver or by taking over a receiver's account. Every change tells all receivers.
 */
@Service
@Transactional
public class ReceiverGroupService {

    static final String RECEIVER = "hasRole('" + Roles.WHISTLEBLOWING_RECEIVER + "')";
    private static final int MAX_CANDIDATES = 200;

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final ListQueries lists;

    public ReceiverGroupService(UserAccountRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, ApplicationEventPublisher events, ListQueries lists) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.lists = lists;
    }

    /** One member of the group, as the receivers' page shows it. */
    public record Member(Long id, String username, String fullName, boolean active, boolean me) {
    }

    /** One account that could be added. */
    public record Candidate(Long id, String username, String fullName) {
    }

    @PreAuthorize(RECEIVER)
    @Transactional(readOnly = true)
    public List<Member> members() {
        Long myId = currentUser.requireAccount().getId();
        return users.findAllWithRole(Roles.WHISTLEBLOWING_RECEIVER).stream()
                .map(u -> new Member(u.getId(), u.getUsername(), u.getFullName(), u.isActive(), u.getId().equals(myId)))
                .toList();
    }

    /**
     * Active accounts, not yet receivers, whose name or username contains the text, by name; {@code limit} (at
     * most 200) from {@code offset}.
     */
    @PreAuthorize(RECEIVER)
    @Transactional(readOnly = true)
    public List<Candidate> candidates(String text, int offset, int limit) {
        return lists.page(UserAccount.class,
                UserAccountSpecifications.activeMatchingWithout(text, Roles.WHISTLEBLOWING_RECEIVER),
                UserAccountSpecifications::byName, offset, Math.min(limit, MAX_CANDIDATES)).stream()
                .map(u -> new Candidate(u.getId(), u.getUsername(), u.getFullName()))
                .toList();
    }

    /**
     * Makes the account a receiver and gives it a new password chosen by the granting receiver: whoever knew the
     * old one (for instance the administrator who created the account) is shut out of it from now on.
     */
    @PreAuthorize(RECEIVER)
    public void grant(Long userId, String initialPassword) {
        String hash = encode(initialPassword);
        UserAccount user = load(userId);
        if (!user.isActive()) {
            throw new UserFacingException("receivers.error.inactive");
        }
        if (user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            throw new UserFacingException("receivers.error.alreadyReceiver", user.getFullName());
        }
        Set<String> roles = new HashSet<>(user.getRoles());
        roles.add(Roles.WHISTLEBLOWING_RECEIVER);
        user.setRoles(roles);
        user.setPasswordHash(hash);
        users.saveAndFlush(user);
        tellReceivers("receivers.notice.granted", user);
    }

    /** Removes the role; the channel is never left without an active receiver. */
    @PreAuthorize(RECEIVER)
    public void revoke(Long userId) {
        UserAccount user = load(userId);
        if (!user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            throw new UserFacingException("receivers.error.notReceiver", user.getFullName());
        }
        List<String> active = users.findActiveUsernamesWithRole(Roles.WHISTLEBLOWING_RECEIVER);
        if (user.isActive() && active.size() <= 1) {
            throw new UserFacingException("receivers.error.lastReceiver");
        }
        Set<String> roles = new HashSet<>(user.getRoles());
        roles.remove(Roles.WHISTLEBLOWING_RECEIVER);
        user.setRoles(roles);
        users.saveAndFlush(user);
        tellReceivers("receivers.notice.revoked", user);
    }

    /** A receiver sets a new password for herself or for another receiver (never for anyone else). */
    @PreAuthorize(RECEIVER)
    public void resetPassword(Long userId, String newPassword) {
        String hash = encode(newPassword);
        UserAccount user = load(userId);
        if (!user.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            throw new UserFacingException("receivers.error.notReceiver", user.getFullName());
        }
        user.setPasswordHash(hash);
        users.saveAndFlush(user);
        tellReceivers("receivers.notice.passwordReset", user);
    }

    /** All receivers and the account concerned are told (whistleblowing.ReceiverGroupNotices listens). */
    private void tellReceivers(String messageKey, UserAccount affected) {
        // the account's access changed (role or password): her open sessions end (issue 9 item 4)
        events.publishEvent(new UserAccessChanged(Set.of(affected.getUsername())));
        events.publishEvent(ReceiverGroupChanged.of(messageKey, affected, currentUser.requireAccount()));
    }

    private UserAccount load(Long userId) {
        if (userId == null) {
            throw new UserFacingException("receivers.error.pickUser");
        }
        return users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    private String encode(String password) {
        passwordPolicy.check(password);
        return passwordEncoder.encode(password);
    }
}
