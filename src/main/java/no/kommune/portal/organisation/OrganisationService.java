package no.kommune.portal.organisation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation tree and the political bodies. Reading is open to every signed-in user (pickers
 * need it); changing the structure is for administrators.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrgUnitRepository units;
    private final PoliticalBodyRepository bodies;
    private final BodyMembershipRepository memberships;
    private final UserAccountRepository users;
    private final ListQueries lists;

    public OrganisationService(OrgUnitRepository units, PoliticalBodyRepository bodies,
            BodyMembershipRepository memberships, UserAccountRepository users, ListQueries lists) {
        this.units = units;
        this.bodies = bodies;
        this.memberships = memberships;
        this.users = users;
        this.lists = lists;
    }

    /** Every unit as a light node, sorted by name with Norwegian collation. */
    @PreAuthorize("isAuthenticated()")
    public List<UnitNode> unitTree() {
        Comparator<String> order = Formats.norwegianOrder();
        return units.findAllNodes().stream().sorted(Comparator.comparing(UnitNode::name, order)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnit> findUnit(Long id) {
        return units.findById(id);
    }

    /**
     * The unit new work may be given to: it must exist and not be closed (decision 020: a closed unit keeps its
     * history, but nothing new lands there). {@code current} is the unit the case has now; keeping it is always
     * allowed, so a finished case of a closed unit can still be corrected.
     */
    @PreAuthorize("isAuthenticated()")
    public OrgUnit unitForWork(Long id, OrgUnit current) {
        if (current != null && current.getId().equals(id)) {
            return current;
        }
        OrgUnit unit = units.findById(id).orElseThrow(() -> new no.kommune.portal.base.UserFacingException("error.notFound"));
        if (!unit.isActive()) {
            throw new no.kommune.portal.base.UserFacingException("error.unitClosed", unit.getName());
        }
        return unit;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<OrgUnit> findUnitByName(String name) {
        return units.findFirstByNameIgnoreCase(name.trim());
    }

    @PreAuthorize("isAuthenticated()")
    public List<PoliticalBody> activeBodies() {
        return bodies.findByActiveTrueOrderByName();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PoliticalBody> findBody(Long id) {
        return bodies.findById(id);
    }

    /** Finds a body by full name ("Kommunestyret") or abbreviation ("KS"). */
    @PreAuthorize("isAuthenticated()")
    public Optional<PoliticalBody> findBodyByNameOrShortName(String text) {
        String t = text.trim();
        return bodies.findFirstByNameIgnoreCase(t).or(() -> bodies.findFirstByShortNameIgnoreCase(t));
    }

    @PreAuthorize("isAuthenticated()")
    public List<BodyMembership> members(Long bodyId) {
        return memberships.findByBody(bodyId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> searchPeople(String text, int offset, int limit) {
        return lists.page(UserAccount.class, UserAccountSpecifications.activeMatching(text),
                UserAccountSpecifications::byName, offset, limit);
    }

    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> namesOf(Collection<Long> userIds) {
        return users.findAllById(userIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getFullName));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findPerson(Long id) {
        return id == null ? Optional.empty() : users.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserAccount> findPersonByName(String fullName) {
        return users.findFirstByFullNameIgnoreCase(fullName.trim());
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrgUnit saveUnit(@Valid OrgUnit unit) {
        return units.save(unit);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public OrgUnit setLeader(Long unitId, Long userId) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> new UserFacingException("error.notFound"));
        unit.setLeader(userId == null ? null : users.findById(userId)
                .orElseThrow(() -> new UserFacingException("error.notFound")));
        return unit;
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public PoliticalBody saveBody(@Valid PoliticalBody body) {
        return bodies.save(body);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public BodyMembership addMember(Long bodyId, Long userId, BodyMembership.Seat seat, LocalDate from) {
        PoliticalBody body = bodies.findById(bodyId).orElseThrow(() -> new UserFacingException("error.notFound"));
        UserAccount user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        return memberships.save(new BodyMembership(body, user, seat, from));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void endMembership(Long membershipId, LocalDate to) {
        memberships.findById(membershipId).orElseThrow(() -> new UserFacingException("error.notFound")).end(to);
    }

    /**
     * Creates a political body of an active municipality (the set-up needs at least one before decisions can be
     * registered). Name and short name follow the unit rules ({@link UnitTexts}); active bodies have different names.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Long createBody(Long municipalityId, String name, String shortName, BodyType type) {
        OrgUnit municipality = municipalityId == null ? null : units.findById(municipalityId).orElse(null);
        if (municipality == null || municipality.getType() != OrgUnitType.MUNICIPALITY || !municipality.isActive()) {
            throw new UserFacingException("org.import.error.municipalityRequired");
        }
        if (type == null) {
            throw new UserFacingException("org.bodyAdmin.error.typeRequired");
        }
        String n = bodyName(name, null);
        return bodies.save(new PoliticalBody(n, bodyShortName(shortName), type, municipality)).getId();
    }

    /** Renames a body, or deactivates it (it keeps its decisions and history; no new decisions can name it). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void updateBody(Long bodyId, long expectedVersion, String name, String shortName, boolean active) {
        PoliticalBody body = bodies.findById(bodyId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (body.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PoliticalBody.class, bodyId);
        }
        body.setName(bodyName(name, body));
        body.setShortName(bodyShortName(shortName));
        body.setActive(active);
        bodies.saveAndFlush(body);
    }

    private String bodyName(String name, PoliticalBody self) {
        String n = UnitTexts.name(name, "org.body");
        for (PoliticalBody other : bodies.findByActiveTrueOrderByName()) {
            if (!other.equals(self) && other.getName().equalsIgnoreCase(n)) {
                throw new UserFacingException("org.bodyAdmin.error.nameTaken", n);
            }
        }
        return n;
    }

    private static String bodyShortName(String shortName) {
        return UnitTexts.code(shortName, "org.shortName");
    }
}
