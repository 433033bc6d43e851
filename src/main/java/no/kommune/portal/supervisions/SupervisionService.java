package no.kommune.portal.supervisions;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PersonNames;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of supervisions and audits (tilsyn og revisjoner). Quality and management register and edit;
 * leaders read and update the measures of their own units' supervisions; politicians read the whole register
 * (it is reported to the kommunestyre). Every status or measures change is a {@link SupervisionEvent} row.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionService {

    public static final String READ = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.QUALITY + "','"
            + Roles.POLITICIAN + "','" + Roles.LEADER + "')";
    public static final String EDIT = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.QUALITY + "')";
    public static final String MEASURES = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.QUALITY + "','"
            + Roles.LEADER + "')";

    /** Sortable properties the UI may ask for; anything else falls back to the default order. */
    private static final Set<String> SORTABLE = Set.of("sector", "year", "authority", "subject", "deadline", "status",
            "openedOn");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_SHORT_DATE = DateTimeFormatter.ofPattern("d.M.uu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final SupervisionRepository supervisions;
    private final SupervisionEventRepository events;
    private final CurrentUser currentUser;
    private final OrganisationService organisation;
    private final Clock clock;
    private final PersonNames names;
    private final ListQueries lists;

    public SupervisionService(SupervisionRepository supervisions, SupervisionEventRepository events,
            CurrentUser currentUser, OrganisationService organisation, Clock clock, PersonNames names, ListQueries lists) {
        this.lists = lists;
        this.names = names;
        this.supervisions = supervisions;
        this.events = events;
        this.currentUser = currentUser;
        this.organisation = organisation;
        this.clock = clock;
    }

    // ---- reading ---------------------------------------------------------------------------------------

    @PreAuthorize(READ)
    public List<SupervisionRow> page(SupervisionFilter filter, PageSlice slice) {
        Scope scope = scope();
        return lists.page(Supervision.class, spec(filter, scope), order(slice), slice).stream()
                .map(s -> toRow(s, scope)).toList();
    }

    @PreAuthorize(READ)
    public long count(SupervisionFilter filter) {
        return lists.count(Supervision.class, spec(filter, scope()));
    }

    @PreAuthorize(READ)
    public List<String> sectors() {
        return supervisions.findSectors();
    }

    @PreAuthorize(READ)
    public List<String> authorities() {
        return supervisions.findAuthorities();
    }

    @PreAuthorize(READ)
    public List<Integer> years() {
        return supervisions.findYears();
    }

    public record HistoryLine(Instant when, String who, SupervisionEvent.Kind kind, SupervisionStatus fromStatus,
            SupervisionStatus toStatus, String measures, String comment) {
    }

    public record SupervisionDetail(SupervisionRow row, List<HistoryLine> history) {
    }

    @PreAuthorize(READ)
    public SupervisionDetail detail(Long id) {
        Scope scope = scope();
        Supervision s = loadVisible(id, scope);
        List<SupervisionEvent> rows = events.findHistory(id);
        Map<String, String> fullNames = names.fullNames(rows.stream().map(SupervisionEvent::getCreatedBy).toList());
        List<HistoryLine> history = rows.stream()
                .map(e -> new HistoryLine(e.getCreatedAt(), fullNames.getOrDefault(e.getCreatedBy(), e.getCreatedBy()),
                        e.getKind(), e.getFromStatus(),
                        e.getToStatus(), e.getMeasures(), e.getComment()))
                .toList();
        return new SupervisionDetail(toRow(s, scope), history);
    }

    // ---- changing --------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(EDIT)
    public SupervisionRow create(SupervisionDraft draft) {
        SupervisionDraft d = validate(draft);
        Supervision s = new Supervision(d.sector(), d.subject(), d.year(), d.status());
        s.apply(d, unitOf(d.unitId(), null), parseDeadline(d.deadlineText()));
        supervisions.save(s);
        events.save(new SupervisionEvent(s, SupervisionEvent.Kind.CREATED, null, d.status(), d.measures(), null));
        return toRow(supervisions.saveAndFlush(s), scope());
    }

    /**
     * Imports one row of a source table (e.g. the seeds' supervisions.csv), identified by its record id: a row
     * already imported is left as it is. Returns true if it was created.
     */
    @Transactional
    @PreAuthorize(EDIT)
    public boolean importRecord(String recordId, SupervisionDraft draft) {
        String key = SafeText.required(recordId, 100, "supervisions.field.recordId");
        if (supervisions.findBySourceKey(key).isPresent()) {
            return false;
        }
        SupervisionDraft d = validate(draft);
        Supervision s = new Supervision(d.sector(), d.subject(), d.year(), d.status());
        s.apply(d, unitOf(d.unitId(), null), parseDeadline(d.deadlineText()));
        s.setSourceKey(key);
        supervisions.save(s);
        events.save(new SupervisionEvent(s, SupervisionEvent.Kind.IMPORTED, null, d.status(), d.measures(), key));
        supervisions.flush();
        return true;
    }

    /** Edits every field except the status (which has its own history step). */
    @Transactional
    @PreAuthorize(EDIT)
    public SupervisionRow update(Long id, long expectedVersion, SupervisionDraft draft) {
        Supervision s = loadForChange(id, expectedVersion);
        SupervisionDraft d = validate(draft.withStatus(s.getStatus()));
        Map<String, String> before = SupervisionChanges.trackedFields(s);
        s.apply(d, unitOf(d.unitId(), s.getUnit()), parseDeadline(d.deadlineText()));
        // the history row says what changed (old → new), the deadline above all, not only "Endret"
        String changed = SupervisionChanges.describe(before, SupervisionChanges.trackedFields(s));
        events.save(new SupervisionEvent(s, SupervisionEvent.Kind.EDITED, null, null, d.measures(), changed));
        return toRow(supervisions.saveAndFlush(s), scope());
    }

    /** Changes the status (Åpen / Under oppfølging / Lukket); closing needs a comment. */
    @Transactional
    @PreAuthorize(EDIT)
    public SupervisionRow changeStatus(Long id, long expectedVersion, SupervisionStatus status, String comment) {
        if (status == null) {
            throw new UserFacingException("supervisions.error.statusRequired");
        }
        Supervision s = loadForChange(id, expectedVersion);
        String text = cleanLong(comment, "supervisions.comment");
        if (status == SupervisionStatus.CLOSED && text == null) {
            throw new UserFacingException("supervisions.error.closeNeedsComment");
        }
        if (status == s.getStatus()) {
            throw new UserFacingException("supervisions.error.sameStatus");
        }
        SupervisionStatus from = s.getStatus();
        s.changeStatus(status);
        events.save(new SupervisionEvent(s, SupervisionEvent.Kind.STATUS_CHANGE, from, status, null, text));
        return toRow(supervisions.saveAndFlush(s), scope());
    }

    /** Updates measures/comment (Tiltak/kommentar): quality, management, or the leader of the owning unit. */
    @Transactional
    @PreAuthorize(MEASURES)
    public SupervisionRow updateMeasures(Long id, long expectedVersion, String measures, String comment) {
        Scope scope = scope();
        Supervision s = supervisions.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayUpdateMeasures(s, scope)) {
            throw new AccessDeniedException("Supervision " + id + " is not the user's");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Supervision.class, id);
        }
        String text = SafeText.required(measures, TextLimits.LONG_TEXT, "supervisions.measures");
        String note = cleanLong(comment, "supervisions.comment");
        s.changeMeasures(text);
        events.save(new SupervisionEvent(s, SupervisionEvent.Kind.MEASURES_UPDATE, null, null, text, note));
        return toRow(supervisions.saveAndFlush(s), scope);
    }

    // ---- validation ------------------------------------------------------------------------------------

    SupervisionDraft validate(SupervisionDraft d) {
        if (d == null) {
            throw SafeText.Problem.EMPTY.refusal("supervisions.subject", TextLimits.TITLE);
        }
        String sector = SafeText.required(d.sector(), TextLimits.NAME, "supervisions.sector");
        String subject = SafeText.required(d.subject(), TextLimits.TITLE, "supervisions.subject");
        LocalDate today = today();
        int year = d.year() == null ? today.getYear() : d.year();
        if (year < 1990 || year > today.getYear() + 1) {
            throw new UserFacingException("supervisions.error.year", today.getYear() + 1);
        }
        if (d.openedOn() != null && d.openedOn().isAfter(today)) {
            throw new UserFacingException("supervisions.error.openedInFuture");
        }
        return new SupervisionDraft(
                SafeText.optional(d.municipality(), TextLimits.NAME, "supervisions.field.municipality"),
                year, sector, d.unitId(),
                SafeText.optional(d.authority(), TextLimits.NAME, "supervisions.authority"),
                SafeText.optional(d.supervisionType(), TextLimits.NAME, "supervisions.type"),
                subject,
                cleanLong(d.findings(), "supervisions.findings"),
                SafeText.optional(d.deadlineText(), TextLimits.NAME, "supervisions.deadline"),
                cleanLong(d.measures(), "supervisions.measures"),
                d.status() == null ? SupervisionStatus.OPEN : d.status(),
                cleanLong(d.statusText(), "supervisions.field.statusText"),
                d.openedOn(),
                SafeText.optional(d.datesText(), TextLimits.NAME, "supervisions.dates"),
                SafeText.optional(d.relatedCase(), TextLimits.TITLE, "supervisions.relatedCase"),
                cleanLong(d.notes(), "supervisions.field.notes"));
    }

    /** The deadline as a date when the verbatim text is one ("16.06.2025"); null for "2026", "Oktober 2025" ... */
    public static LocalDate parseDeadline(String text) {
        return parseDate(text).orElse(null);
    }

    /** A whole text that is a date, as dd.MM.yyyy or dd.MM.yy; anything else is no date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : List.of(STRICT_DATE, STRICT_SHORT_DATE)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    private static String cleanLong(String text, String fieldKey) {
        return SafeText.optional(text, TextLimits.LONG_TEXT, fieldKey);
    }

    // ---- scope -----------------------------------------------------------------------------------------

    /** Whether the user sees every row (management, quality, politicians) or only her own units' rows. */
    record Scope(boolean all, Set<Long> ledUnits, boolean editor) {
    }

    Scope scope() {
        boolean editor = currentUser.hasRole(Roles.MANAGEMENT) || currentUser.hasRole(Roles.QUALITY);
        boolean all = editor || currentUser.hasRole(Roles.POLITICIAN);
        Set<Long> led = currentUser.hasRole(Roles.LEADER) ? currentUser.ledUnitIds() : Set.of();
        return new Scope(all, led, editor);
    }

    private static ListQueries.Where<Supervision> spec(SupervisionFilter f, Scope scope) {
        return (root, query, cb) -> where(f == null ? SupervisionFilter.all() : f, root, cb, scope);
    }

    private static Predicate where(SupervisionFilter f, Root<Supervision> s, CriteriaBuilder cb, Scope scope) {
        List<Predicate> where = new ArrayList<>();
        if (!scope.all()) {
            where.add(scope.ledUnits().isEmpty() ? cb.disjunction() : s.get("unit").get("id").in(scope.ledUnits()));
        }
        if (f.year() != null) {
            where.add(cb.equal(s.get("year"), f.year()));
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            where.add(cb.equal(s.get("sector"), f.sector()));
        }
        if (f.authority() != null && !f.authority().isBlank()) {
            where.add(cb.equal(s.get("authority"), f.authority()));
        }
        if (f.status() != null) {
            where.add(cb.equal(s.get("status"), f.status()));
        }
        if (f.unitId() != null) {
            where.add(cb.equal(s.get("unit").get("id"), f.unitId()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(s.get("subject")), like), cb.like(cb.lower(s.get("findings")), like),
                    cb.like(cb.lower(s.get("measures")), like), cb.like(cb.lower(s.get("authority")), like),
                    cb.like(cb.lower(s.get("sector")), like), cb.like(cb.lower(s.get("relatedCase")), like)));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    /** The columns asked for that may be sorted by, then sector, newest year, id. */
    private static ListQueries.OrderBy<Supervision> order(PageSlice slice) {
        return (root, cb) -> {
            List<Order> orders = new ArrayList<>();
            for (PageSlice.SortBy o : slice.sort()) {
                if (SORTABLE.contains(o.property())) {
                    var path = ListQueries.path(root, o.property());
                    orders.add(o.ascending() ? cb.asc(path) : cb.desc(path));
                }
            }
            orders.add(cb.asc(root.get("sector")));
            orders.add(cb.desc(root.get("year")));
            orders.add(cb.asc(root.get("id")));
            return orders;
        };
    }

    private Supervision loadVisible(Long id, Scope scope) {
        Supervision s = supervisions.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!scope.all() && (s.getUnit() == null || !scope.ledUnits().contains(s.getUnit().getId()))) {
            throw new AccessDeniedException("Supervision " + id + " is outside the user's units");
        }
        return s;
    }

    private Supervision loadForChange(Long id, long expectedVersion) {
        Supervision s = supervisions.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (s.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Supervision.class, id);
        }
        return s;
    }

    private boolean mayUpdateMeasures(Supervision s, Scope scope) {
        return scope.editor() || (s.getUnit() != null && scope.ledUnits().contains(s.getUnit().getId()));
    }

    /** A new or changed unit must be open; the unit the supervision already has may stay (decision 020). */
    private OrgUnit unitOf(Long unitId, OrgUnit current) {
        return unitId == null ? null : organisation.unitForWork(unitId, current);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    SupervisionRow toRow(Supervision s, Scope scope) {
        OrgUnit unit = s.getUnit();
        return new SupervisionRow(s.getId(), s.getVersion(), s.getSourceKey(), s.getMunicipality(), s.getYear(),
                s.getSector(), unit == null ? null : unit.getId(), unit == null ? "" : unit.getName(),
                s.getAuthority(), s.getSupervisionType(), s.getSubject(), s.getFindings(), s.getDeadline(),
                s.getDeadlineText(), s.getMeasures(), s.getStatus(), s.getStatusText(), s.getOpenedOn(),
                s.getDatesText(), s.getRelatedCase(), s.getNotes(), scope.editor(), mayUpdateMeasures(s, scope));
    }
}
