package no.kommune.portal.organisation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds organisation data for tests straight through the repositories (no role checks), with unique
 * names so tests sharing one database never collide.
 */
@Component
@Transactional
public class OrgFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final PoliticalBodyRepository bodies;
    private final BodyMembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;

    OrgFixtures(OrgUnitRepository units, UserAccountRepository users, PoliticalBodyRepository bodies,
            BodyMembershipRepository memberships, PasswordEncoder passwordEncoder) {
        this.units = units;
        this.users = users;
        this.bodies = bodies;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
    }

    /** The test users' password, "correct-horse-battery": hashed once, since bcrypt at the portal's cost is slow. */
    public static final String PASSWORD = "correct-horse-battery";
    private static String passwordHash;

    private synchronized String fixturePasswordHash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    public OrgUnit municipality() {
        return units.save(new OrgUnit(unique("Testkommune"), null, OrgUnitType.MUNICIPALITY, null));
    }

    public OrgUnit unit(String name, OrgUnitType type, OrgUnit parent) {
        return units.save(new OrgUnit(unique(name), null, type, parent));
    }

    public UserAccount user(String usernamePrefix, String... roles) {
        UserAccount user = new UserAccount(unique(usernamePrefix), "Test " + usernamePrefix);
        user.setRoles(new HashSet<>(Arrays.asList(roles)));
        user.setPasswordHash(fixturePasswordHash());
        return users.save(user);
    }

    public UserAccount memberOf(UserAccount user, OrgUnit... memberUnits) {
        UserAccount managed = users.findById(user.getId()).orElseThrow();
        Set<OrgUnit> set = new HashSet<>(managed.getUnits());
        set.addAll(Arrays.asList(memberUnits));
        managed.setUnits(set);
        return managed;
    }

    /** Marks the unit closed (without moving its cases: that is OrgChartService's job, tested there). */
    public OrgUnit closeUnit(OrgUnit unit) {
        OrgUnit managed = units.findById(unit.getId()).orElseThrow();
        managed.setActive(false);
        return units.save(managed);
    }

    public UserAccount deactivate(UserAccount user) {
        UserAccount managed = users.findById(user.getId()).orElseThrow();
        managed.setActive(false);
        return users.save(managed);
    }

    public OrgUnit lead(UserAccount leader, OrgUnit unit) {
        OrgUnit managed = units.findById(unit.getId()).orElseThrow();
        managed.setLeader(users.findById(leader.getId()).orElseThrow());
        return managed;
    }

    public PoliticalBody body(String name, BodyType type, OrgUnit municipality) {
        return bodies.save(new PoliticalBody(unique(name), null, type, municipality));
    }

    /** A body with exactly this name (reused if a test already made one), for imports that match by name. */
    public PoliticalBody bodyNamed(String name, String shortName, BodyType type) {
        return bodies.findFirstByNameIgnoreCase(name)
                .orElseGet(() -> bodies.save(new PoliticalBody(name, shortName, type, municipality())));
    }

    /** A person with exactly this full name (reused if present), for imports that match people by name. */
    public UserAccount personNamed(String fullName) {
        return users.findFirstByFullNameIgnoreCase(fullName)
                .orElseGet(() -> users.save(new UserAccount(unique("person"), fullName)));
    }

    public BodyMembership seat(PoliticalBody body, UserAccount member) {
        return memberships.save(new BodyMembership(body, member, BodyMembership.Seat.MEMBER, null));
    }

    public UserAccount withEmail(UserAccount user, String email) {
        UserAccount managed = users.findById(user.getId()).orElseThrow();
        managed.setEmail(email);
        return users.save(managed);
    }
}
