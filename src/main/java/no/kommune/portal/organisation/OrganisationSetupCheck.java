package no.kommune.portal.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import org.springframework.stereotype.Component;

/** The organisation's part of the first-start checklist: units and their leaders, people, bodies, receivers. */
@Component
class OrganisationSetupCheck implements SetupCheck {

    private static final SetupStep.Page CHART = new SetupStep.Page(OrganisationLinks.chart(), "org.chart.nav",
            Roles.ADMIN);
    private static final SetupStep.Page ORGANISATION = new SetupStep.Page(OrganisationLinks.organisation(), "nav.organisation",
            Roles.ADMIN);
    /** People usually come from HR's list: the step links to the import (the user page links to it too). */
    private static final SetupStep.Page USERS = new SetupStep.Page(OrganisationLinks.userImport(), "users.import.title",
            Roles.ADMIN);

    @PersistenceContext
    private EntityManager em;

    private long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    @Override
    public List<SetupStep> steps() {
        long units = count("select count(u) from OrgUnit u where u.active = true and u.type <> ?1",
                OrgUnitType.MUNICIPALITY);
        long withoutLeader = count("select count(u) from OrgUnit u where u.active = true and u.leader is null"
                + " and u.type in (?1, ?2)", OrgUnitType.SERVICE_AREA, OrgUnitType.UNIT);
        long people = count("select count(distinct u) from UserAccount u join u.roles r where u.active = true"
                + " and r <> ?1", Roles.ADMIN);
        long bodies = count("select count(b) from PoliticalBody b where b.active = true");
        long receivers = count("select count(distinct u) from UserAccount u join u.roles r where u.active = true"
                + " and r = ?1", Roles.WHISTLEBLOWING_RECEIVER);
        return List.of(
                SetupStep.of("units", 10, units > 0, "setup.detail.units", CHART, units),
                SetupStep.of("leaders", 20, units > 0 && withoutLeader == 0, "setup.detail.leaders", CHART,
                        withoutLeader),
                SetupStep.of("people", 30, people > 0, "setup.detail.people", USERS, people),
                SetupStep.of("bodies", 40, bodies > 0, "setup.detail.bodies", ORGANISATION, bodies),
                // receivers are appointed at first start (PORTAL_BOOTSTRAP_RECEIVER_*) and by each other, never by
                // the administrator (decision on the sealed channel): no page to link to
                SetupStep.of("receivers", 90, receivers > 0, "setup.detail.receivers", null, receivers));
    }
}
