package no.kommune.portal.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The people who work in a closed unit go with its work: their membership moves to the receiving unit, so their
 * next deviation report is preselected with a unit that takes reports, and the data scope of "my unit" follows
 * them. The unit's leader stays recorded on the closed unit (who led it); leading a closed unit gives no access.
 * The membership change is written by Envers ({@code user_unit_aud}) like any change an administrator makes.
 */
@Component
@Order(50)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class MembershipUnitCases implements UnitCases {

    private final UserAccountRepository users;

    MembershipUnitCases(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public String countKey() {
        return "org.chart.close.count.members";
    }

    @Override
    public long countOpen(OrgUnit unit) {
        return users.findMembersOf(unit).size();
    }

    @Override
    public List<Refusal> refusals(OrgUnit unit, OrgUnit target) {
        return List.of();
    }

    @Override
    public int moveOpen(OrgUnit unit, OrgUnit target, String reason) {
        List<UserAccount> members = users.findMembersOf(unit);
        for (UserAccount member : members) {
            Set<OrgUnit> memberships = new HashSet<>(member.getUnits());
            memberships.remove(unit);
            memberships.add(target);
            member.setUnits(memberships);
            users.save(member);
        }
        return members.size();
    }
}
