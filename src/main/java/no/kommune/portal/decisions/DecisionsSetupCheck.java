package no.kommune.portal.decisions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/** Decisions' part of the first-start checklist: an open reporting period, a status label for every state. */
@Component
class DecisionsSetupCheck implements SetupCheck {

    private final ReportingPeriodRepository periods;
    private final StatusLabelRepository labels;

    DecisionsSetupCheck(ReportingPeriodRepository periods, StatusLabelRepository labels) {
        this.periods = periods;
        this.labels = labels;
    }

    @Override
    public List<SetupStep> steps() {
        String open = periods.findFirstByClosedAtIsNullOrderByOpenedAtDesc()
                .map(p -> p.getType().label(p.getYear())).orElse("");
        Set<MandateState> labelled = labels.findByActiveTrueOrderBySortOrder().stream().map(StatusLabel::getState)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MandateState.class)));
        long unlabelled = Arrays.stream(MandateState.values()).filter(s -> !labelled.contains(s)).count();
        return List.of(
                SetupStep.of("period", 50, !open.isEmpty(), open.isEmpty() ? "setup.detail.noPeriod"
                        : "setup.detail.period", new SetupStep.Page(DecisionLinks.periods(), "decisions.nav.periods",
                        Roles.MANAGEMENT), open),
                SetupStep.of("statusLabels", 55, unlabelled == 0, "setup.detail.statusLabels",
                        new SetupStep.Page(DecisionLinks.statusLabels(), "decisions.nav.statusLabels", Roles.MANAGEMENT),
                        unlabelled));
    }
}
