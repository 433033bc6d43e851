package no.kommune.portal.checklists;

import static no.kommune.portal.base.SafeText.required;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.UnitNode;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds (quality opens one per tertial: one checklist per unit) and their publication to the politicians
 * (management).
 */
@Service
@Transactional(readOnly = true)
public class ChecklistRounds {

    private final TemplateVersionRepository versions;
    private final ChecklistRoundRepository rounds;
    private final ChecklistInstanceRepository instances;
    private final ChecklistEventRepository events;
    private final OrganisationService organisation;
    private final ChecklistAccess access;
    private final Notifier notifier;
    private final Clock clock;
    private final ListQueries lists;

    @PersistenceContext
    private EntityManager em;

    public ChecklistRounds(TemplateVersionRepository versions, ChecklistRoundRepository rounds,
            ChecklistInstanceRepository instances, ChecklistEventRepository events, OrganisationService organisation,
            ChecklistAccess access, Notifier notifier, Clock clock, ListQueries lists) {
        this.versions = versions;
        this.rounds = rounds;
        this.instances = instances;
        this.events = events;
        this.organisation = organisation;
        this.access = access;
        this.notifier = notifier;
        this.clock = clock;
        this.lists = lists;
    }

    /**
     * Opens a round of a published template version for the given units (all active units when empty),
     * one checklist per unit, and tells each unit's leader.
     */
    @Transactional
    @PreAuthorize(ChecklistRules.QUALITY)
    public Long openRound(Long versionId, String name, LocalDate deadline, Collection<Long> unitIds) {
        TemplateVersion v = versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!v.isPublished()) {
            throw new UserFacingException("checklists.error.versionNotPublished");
        }
        String n = required(name, TextLimits.NAME, "checklists.roundName", "checklists.error.roundNameRequired");
        if (deadline == null) {
            throw new UserFacingException("checklists.error.deadlineRequired");
        }
        if (deadline.isBefore(access.today())) {
            throw new UserFacingException("checklists.error.deadlinePast");
        }
        if (rounds.findFirstByTemplateVersionIdAndName(versionId, n).isPresent()) {
            throw new UserFacingException("checklists.error.roundExists", n);
        }
        List<OrgUnit> units = unitsFor(unitIds);
        if (units.isEmpty()) {
            throw new UserFacingException("checklists.error.noUnits");
        }
        ChecklistRound round = rounds.save(new ChecklistRound(n, v, deadline, clock.instant()));
        for (OrgUnit unit : units) {
            ChecklistInstance instance = instances.save(new ChecklistInstance(round, unit));
            events.save(new ChecklistEvent(instance, null, ChecklistEvent.Kind.OPENED, null,
                    ChecklistInstance.State.OPEN.name(), null));
            UserAccount leader = unit.nearestActiveLeader();
            if (leader != null) {
                notifier.send(new Notice(leader.getUsername(), "CHECKLIST_ROUND_OPENED",
                        "checklist-round-" + round.getId() + "-unit-" + unit.getId(), "checklists.notice.roundOpened",
                        List.of(n, unit.getName(), Formats.date(deadline)),
                        ChecklistLinks.checklist(instance.getId())));
            }
        }
        return round.getId();
    }

    /** The chosen active units, or every active unit of type UNIT when none are chosen. */
    private List<OrgUnit> unitsFor(Collection<Long> unitIds) {
        Set<Long> chosen = new LinkedHashSet<>();
        if (unitIds == null || unitIds.isEmpty()) {
            organisation.unitTree().stream().filter(u -> u.type() == OrgUnitType.UNIT).map(UnitNode::id)
                    .forEach(chosen::add);
        } else {
            chosen.addAll(unitIds);
        }
        return chosen.stream().map(id -> em.find(OrgUnit.class, id)).filter(u -> u != null && u.isActive()).toList();
    }

    /** Rounds, newest first ({@code limit} from {@code offset}); politicians see only published rounds. */
    @PreAuthorize(ChecklistRules.OVERVIEW)
    public List<RoundRow> roundPage(int offset, int limit) {
        return lists.page(ChecklistRound.class, visibleRounds(!access.seesAll()), ChecklistRounds::newestFirst, offset,
                limit, r -> r.fetch("templateVersion").fetch("template")).stream().map(ChecklistRows::roundRow)
                .toList();
    }

    @PreAuthorize(ChecklistRules.OVERVIEW)
    public long roundCount() {
        return lists.count(ChecklistRound.class, visibleRounds(!access.seesAll()));
    }

    /** The reader's scope: every round, or only the published ones (politicians). */
    private static ListQueries.Where<ChecklistRound> visibleRounds(boolean publishedOnly) {
        return (r, query, cb) -> publishedOnly ? cb.isTrue(r.get("published")) : cb.conjunction();
    }

    /** Newest opened first; the id decides between rounds opened at the same moment. */
    static List<Order> newestFirst(Root<ChecklistRound> r, CriteriaBuilder cb) {
        return List.of(cb.desc(r.get("openedAt")), cb.desc(r.get("id")));
    }

    /** Management publishes (or withdraws) a round's overview for the politicians. */
    @Transactional
    @PreAuthorize(ChecklistRules.MANAGE)
    public void publishOverview(Long roundId, boolean published) {
        ChecklistRound r = rounds.findById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
        r.setPublished(published, clock.instant(), access.requireUsername());
    }
}
