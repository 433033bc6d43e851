package no.kommune.portal.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * Closing a unit (decision 020): never deleted, only marked closed, after its open rows have moved to a chosen
 * active unit of the same municipality in the same transaction. Every feature that keeps rows per unit says what
 * "open" means and writes the moves to its own history ({@link UnitCases}); closed or finished rows stay with the
 * closed unit as its history. A unit with open sub-units is refused: they are closed or moved first, so a closed
 * unit never has an open unit below it.
 */
@Component
class UnitClosing {

    private final List<UnitCases> cases;
    private final OrgUnitRepository units;
    private final OrgChartChanges changes;

    UnitClosing(List<UnitCases> cases, OrgUnitRepository units, OrgChartChanges changes) {
        this.cases = cases;
        this.units = units;
        this.changes = changes;
    }

    /** The counts always; the refusals for the chosen target (a missing target is one of them). */
    ClosePreview preview(OrgUnit unit, OrgUnit target) {
        List<ClosePreview.CaseCount> counts = cases.stream()
                .map(c -> new ClosePreview.CaseCount(c.countKey(), c.countOpen(unit))).toList();
        List<UnitCases.Refusal> refusals = new ArrayList<>(structuralRefusals(unit, target));
        if (refusals.isEmpty()) {
            cases.forEach(c -> refusals.addAll(c.refusals(unit, target)));
        }
        return new ClosePreview(unit.getName(), target == null ? null : target.getName(), counts, refusals);
    }

    /** Moves every open row, then closes the unit; refused (nothing changed) when the preview has a refusal. */
    ClosePreview close(OrgUnit unit, OrgUnit target) {
        ClosePreview preview = preview(unit, target);
        if (!preview.possible()) {
            UnitCases.Refusal first = preview.refusals().getFirst();
            throw new UserFacingException(first.messageKey(), first.args().toArray());
        }
        String reason = "Enheten «" + unit.getName() + "» er lagt ned; åpne saker er flyttet til «" + target.getName()
                + "»";
        List<ClosePreview.CaseCount> moved = cases.stream()
                .map(c -> new ClosePreview.CaseCount(c.countKey(), c.moveOpen(unit, target, reason))).toList();
        unit.setActive(false);
        units.save(unit);
        return new ClosePreview(unit.getName(), target.getName(), moved, List.of());
    }

    private List<UnitCases.Refusal> structuralRefusals(OrgUnit unit, OrgUnit target) {
        List<UnitCases.Refusal> refusals = new ArrayList<>();
        if (unit.getType() == OrgUnitType.MUNICIPALITY) {
            refusals.add(refusal("org.chart.error.closeMunicipality"));
            return refusals;
        }
        if (!unit.isActive()) {
            refusals.add(refusal("org.chart.error.closed", unit.getName()));
            return refusals;
        }
        List<OrgUnit> openChildren = units.findActiveChildren(unit);
        if (!openChildren.isEmpty()) {
            refusals.add(refusal("org.chart.error.openChildren", openChildren.stream().map(OrgUnit::getName)
                    .sorted(no.kommune.portal.base.Formats.norwegianOrder()).collect(Collectors.joining(", "))));
        }
        if (target == null) {
            refusals.add(refusal("org.chart.error.targetRequired"));
        } else if (target.equals(unit)) {
            refusals.add(refusal("org.chart.error.targetSelf"));
        } else if (!target.isActive()) {
            refusals.add(refusal("org.chart.error.targetClosed", target.getName()));
        } else if (!changes.municipalityOf(target).equals(changes.municipalityOf(unit))) {
            refusals.add(refusal("org.chart.error.otherMunicipality"));
        }
        return refusals;
    }

    private static UnitCases.Refusal refusal(String key, String... args) {
        return new UnitCases.Refusal(key, List.of(args));
    }
}
