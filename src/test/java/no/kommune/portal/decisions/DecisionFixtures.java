package no.kommune.portal.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.TestSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Registers decisions for tests through the real registry, as a management user. */
@Component
public class DecisionFixtures {

    private final DecisionRegistry registry;
    private final MandateRepository mandates;
    private final OrgFixtures org;

    DecisionFixtures(DecisionRegistry registry, MandateRepository mandates, OrgFixtures org) {
        this.registry = registry;
        this.mandates = mandates;
        this.org = org;
    }

    public PoliticalBody body() {
        return org.body("Kommunestyret", BodyType.COUNCIL, org.municipality());
    }

    /** One decision with the given case numbers and one mandate; returns the mandate id. */
    public Long mandateInCase(PoliticalBody body, String caseNumbers, String title) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestSecurity.runAs("fixture-direktor", Roles.MANAGEMENT);
        try {
            Decision d = registry.register(new DecisionDraft(body.getId(), LocalDate.of(2025, 3, 27), caseNumbers,
                    null, title, null, DecisionKind.POLITICAL_CASE, List.of(new DecisionDraft.MandateDraft(null, title,
                            null, null, null, null, Set.of(), null))));
            return mandates.findByDecisionIdOrderById(d.getId()).getFirst().getId();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** One decision with one mandate; returns the mandate id. */
    public Long mandate(PoliticalBody body, String title, LocalDate deadline, UserAccount responsible, OrgUnit unit) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestSecurity.runAs("fixture-direktor", Roles.MANAGEMENT);
        try {
            Decision d = registry.register(new DecisionDraft(body.getId(), LocalDate.of(2025, 3, 27), "PS-021/25",
                    "20/854", OrgFixtures.unique("Vedtak"), null, DecisionKind.VERBAL_DECISION,
                    List.of(new DecisionDraft.MandateDraft("Pkt. 1", title, "Beskrivelse", deadline, null, null,
                            responsible == null ? Set.of() : Set.of(responsible.getId()),
                            unit == null ? null : unit.getId()))));
            return mandates.findByDecisionIdOrderById(d.getId()).getFirst().getId();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
