package no.kommune.portal.decisions;

import java.util.HashSet;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.data.jpa.repository.JpaContext;
import org.springframework.stereotype.Component;

/**
 * Creates a mandate of a decision from the registration form's fields, with its "created" history row: the one
 * way a mandate comes into being, whether the decision is registered with it or it is added later as a
 * correction. Callers validate the fields and check the user's rights (this is not a service of its own).
 */
@Component
class MandateFactory {

    private final MandateRepository mandates;
    private final MandateEventRepository events;
    private final StatusLabelRepository labels;
    private final OrganisationService organisation;
    private final JpaContext jpa;

    MandateFactory(MandateRepository mandates, MandateEventRepository events, StatusLabelRepository labels,
            OrganisationService organisation, JpaContext jpa) {
        this.mandates = mandates;
        this.events = events;
        this.labels = labels;
        this.organisation = organisation;
        this.jpa = jpa;
    }

    Mandate create(Decision decision, DecisionDraft.MandateDraft md) {
        StatusLabel initial = labels.findFirstByStateAndActiveTrueOrderBySortOrder(MandateState.OPEN).orElseThrow();
        var em = jpa.getEntityManagerByManagedType(Mandate.class);
        Mandate m = new Mandate(decision, md.title().strip(), initial);
        m.setItemRef(DecisionRegistry.blankToNull(md.itemRef()));
        m.setDescription(DecisionRegistry.blankToNull(md.description()));
        m.setDeadline(md.deadline(), DecisionRegistry.blankToNull(md.deadlineText()));
        if (md.ownerId() != null) {
            m.setOwner(em.getReference(UserAccount.class, md.ownerId()));
        }
        var responsibles = new HashSet<UserAccount>();
        for (Long id : md.responsibleIds() == null ? java.util.Set.<Long>of() : md.responsibleIds()) {
            responsibles.add(em.getReference(UserAccount.class, id));
        }
        m.setResponsibles(responsibles);
        if (md.unitId() != null) {
            m.setUnit(organisation.unitForWork(md.unitId(), null));
        }
        mandates.save(m);
        events.save(new MandateEvent(m, MandateEvent.Kind.CREATED, null, initial.getLabel(), null, null, null));
        return m;
    }
}
