package no.kommune.portal.organisation;

import java.util.List;
import no.kommune.portal.base.UserFacingException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The rules of the organisation chart and the changes that keep them, for the dialogs and the import alike.
 * A unit sits below a unit of a higher level ({@link OrgUnitType}, top down: the municipality has no parent; a
 * service area sits under the municipality; a unit under a service area or directly under the municipality, as a
 * staff unit does; a department under any of them). Active siblings have different names, active units of one
 * municipality different codes. Nothing is deleted: closing is {@link UnitClosing}. Every change goes through the
 * audited entity, so Envers keeps who changed what and when. Not secured itself: {@link OrgChartService} is.
 */
@Component
class OrgChartChanges {

    private final OrgUnitRepository units;
    private final UserAccountRepository users;

    OrgChartChanges(OrgUnitRepository units, UserAccountRepository users) {
        this.units = units;
        this.users = users;
    }

    /** The unit, refused when another administrator changed it since it was read ({@code expectedVersion}). */
    OrgUnit load(Long id, Long expectedVersion) {
        OrgUnit unit = id == null ? null : units.findById(id).orElse(null);
        if (unit == null) {
            throw new UserFacingException("error.notFound");
        }
        if (expectedVersion != null && unit.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrgUnit.class, id);
        }
        return unit;
    }

    OrgUnit create(OrgUnit parent, OrgUnitType type, String name, String code) {
        if (type == null) {
            throw new UserFacingException("org.chart.error.typeRequired");
        }
        String n = name(name);
        String c = code(code);
        requirePlace(type, parent);
        requireFreeName(parent, n, null);
        if (parent != null) {
            requireFreeCode(municipalityOf(parent), c, null);
        }
        return units.save(new OrgUnit(n, c, type, parent));
    }

    void rename(OrgUnit unit, String name, String code) {
        requireActive(unit);
        String n = name(name);
        String c = code(code);
        requireFreeName(unit.getParent(), n, unit);
        requireFreeCode(municipalityOf(unit), c, unit);
        unit.setName(n);
        unit.setCode(c);
    }

    void move(OrgUnit unit, OrgUnit newParent) {
        requireActive(unit);
        if (unit.getType() == OrgUnitType.MUNICIPALITY) {
            throw new UserFacingException("org.chart.error.municipalityStays");
        }
        if (newParent != null && newParent.equals(unit.getParent())) {
            throw new UserFacingException("org.chart.error.sameParent", newParent.getName());
        }
        // a loop first: under itself or a unit below it (the level rule would refuse it too, less clearly)
        int guard = 0;
        for (OrgUnit p = newParent; p != null && guard++ < 100; p = p.getParent()) {
            if (p.equals(unit)) {
                throw new UserFacingException("org.chart.error.cycle", unit.getName(), newParent.getName());
            }
        }
        requirePlace(unit.getType(), newParent);
        if (!municipalityOf(newParent).equals(municipalityOf(unit))) {
            throw new UserFacingException("org.chart.error.otherMunicipality");
        }
        requireFreeName(newParent, unit.getName(), unit);
        unit.setParent(newParent);
    }

    /** Sets the leader (an active account), or clears it when {@code userId} is null. */
    void setLeader(OrgUnit unit, Long userId) {
        requireActive(unit);
        if (userId == null) {
            unit.setLeader(null);
            return;
        }
        UserAccount leader = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!leader.isActive()) {
            throw new UserFacingException("org.chart.error.leaderInactive", leader.getFullName());
        }
        unit.setLeader(leader);
    }

    /** Opens a closed unit again, under its old parent (which must be open). Moved cases stay where they went. */
    void reopen(OrgUnit unit) {
        if (unit.isActive()) {
            throw new UserFacingException("org.chart.error.notClosed", unit.getName());
        }
        if (unit.getParent() != null && !unit.getParent().isActive()) {
            throw new UserFacingException("org.chart.error.parentClosed", unit.getParent().getName());
        }
        requireFreeName(unit.getParent(), unit.getName(), unit);
        requireFreeCode(municipalityOf(unit), unit.getCode(), unit);
        unit.setActive(true);
    }

    /** The municipality (root) the unit belongs to. */
    OrgUnit municipalityOf(OrgUnit unit) {
        OrgUnit root = unit;
        int guard = 0;
        while (root.getParent() != null && guard++ < 100) {
            root = root.getParent();
        }
        return root;
    }

    /** The type may sit under the parent: only a municipality at the top, everything else below a higher level. */
    static boolean fits(OrgUnitType type, OrgUnitType parentType) {
        return type == OrgUnitType.MUNICIPALITY ? parentType == null
                : parentType != null && parentType.ordinal() < type.ordinal();
    }

    private void requirePlace(OrgUnitType type, OrgUnit parent) {
        if (type != OrgUnitType.MUNICIPALITY && parent == null) {
            throw new UserFacingException("org.chart.error.parentRequired");
        }
        if (parent != null && !parent.isActive()) {
            throw new UserFacingException("org.chart.error.parentClosed", parent.getName());
        }
        if (!fits(type, parent == null ? null : parent.getType())) {
            throw new UserFacingException("org.chart.error.wrongLevel." + type.name());
        }
    }

    private static void requireActive(OrgUnit unit) {
        if (!unit.isActive()) {
            throw new UserFacingException("org.chart.error.closed", unit.getName());
        }
    }

    private void requireFreeName(OrgUnit parent, String name, OrgUnit self) {
        List<OrgUnit> siblings = parent == null ? units.findActiveMunicipalities() : units.findActiveChildren(parent);
        for (OrgUnit sibling : siblings) {
            if (!sibling.equals(self) && sibling.getName().equalsIgnoreCase(name)) {
                throw new UserFacingException("org.chart.error.nameTaken", name);
            }
        }
    }

    private void requireFreeCode(OrgUnit municipality, String code, OrgUnit self) {
        if (code == null) {
            return;
        }
        for (OrgUnit other : units.findActiveByCode(code)) {
            if (!other.equals(self) && municipalityOf(other).equals(municipality)) {
                throw new UserFacingException("org.chart.error.codeTaken", code, other.getName());
            }
        }
    }

    private static String name(String name) {
        return UnitTexts.name(name, "org.chart.field.name");
    }

    private static String code(String code) {
        return UnitTexts.code(code, "org.chart.field.code");
    }
}
