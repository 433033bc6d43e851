package no.kommune.portal.setup;

import java.util.Comparator;
import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first-start checklist (issue 12 item 4): every feature's set-up steps in one list, for the administrator who
 * takes the portal into use. Each feature knows what "set up" means for it ({@link SetupCheck}); this service only
 * gathers them.
 */
@Service
public class SetupService {

    private final List<SetupCheck> checks;

    public SetupService(List<SetupCheck> checks) {
        this.checks = checks;
    }

    public record Progress(List<SetupStep> steps) {

        public long done() {
            return steps.stream().filter(s -> s.state() == SetupStep.State.DONE).count();
        }

        public long missing() {
            return steps.stream().filter(s -> s.state() == SetupStep.State.MISSING).count();
        }

        /** Required steps (optional ones left out). */
        public long required() {
            return steps.stream().filter(s -> s.state() != SetupStep.State.OPTIONAL).count();
        }
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Progress progress() {
        return new Progress(checks.stream().flatMap(c -> c.steps().stream())
                .sorted(Comparator.comparingInt(SetupStep::order)).toList());
    }
}
