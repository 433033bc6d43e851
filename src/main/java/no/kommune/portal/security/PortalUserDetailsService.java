package no.kommune.portal.security;

import java.util.List;
import no.kommune.portal.organisation.UserDirectory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Loads users for form login from the database; deactivated and throttled accounts cannot log in. */
@Service
public class PortalUserDetailsService implements UserDetailsService {

    private final UserDirectory directory;
    private final LoginThrottle throttle;
    /**
     * Stands in for the hash of an account without password: a bcrypt hash (of a random secret nobody knows) with
     * the same cost as every other, so such an account cannot log in and takes as long to refuse as any other.
     */
    private final String noPasswordHash;

    public PortalUserDetailsService(UserDirectory directory, LoginThrottle throttle, PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.throttle = throttle;
        this.noPasswordHash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var login = directory.findLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<SimpleGrantedAuthority> authorities = login.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return User.withUsername(login.username())
                .password(login.passwordHash() == null ? noPasswordHash : login.passwordHash())
                .authorities(authorities)
                .disabled(!login.active())
                .accountLocked(throttle.isBlocked(login.username()))
                .build();
    }
}
