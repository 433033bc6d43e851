package no.kommune.portal.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.kommune.portal.base.ChangeHistory;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator sets up the municipality's organisation chart (issue 12 item 2): creates, renames and moves
 * service areas, units and departments, sets their leaders, closes units (their open cases move to a chosen unit,
 * decision 020) and imports the chart from CSV or Excel, all or nothing. The one service of the chart's views; the
 * rules live in {@link OrgChartChanges}, {@link UnitClosing} and {@link OrgChartImporter}. Every change is an
 * audited save, so the unit's history says who changed what and when.
 */
@Service
@Transactional(readOnly = true)
public class OrgChartService {

    static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final OrgChartChanges changes;
    private final UnitClosing closing;
    private final OrgChartImporter importer;
    private final ChangeHistory history;
    private final ListQueries lists;

    public OrgChartService(OrgUnitRepository units, UserAccountRepository users, OrgChartChanges changes,
            UnitClosing closing, OrgChartImporter importer, ChangeHistory history, ListQueries lists) {
        this.units = units;
        this.users = users;
        this.changes = changes;
        this.closing = closing;
        this.importer = importer;
        this.history = history;
        this.lists = lists;
    }

    /** A person the leader picker offers. */
    public record Person(Long id, String fullName, String email) {
    }

    /** One change of a unit: who (full name), when, and each changed field old → new, with names for ids. */
    public record HistoryLine(Instant when, String who, String type, Map<String, List<String>> fields) {
    }

    /** Every unit, closed ones included, sorted by name with Norwegian collation (the tree is small: hundreds). */
    @PreAuthorize(ADMIN)
    public List<ChartUnit> chart() {
        Comparator<String> order = Formats.norwegianOrder();
        return units.findChart().stream().sorted(Comparator.comparing(ChartUnit::name, order)).toList();
    }

    /** Active people whose name or username contains the text, a page at a time (the leader picker is lazy). */
    @PreAuthorize(ADMIN)
    public List<Person> people(String text, int offset, int limit) {
        return lists.page(UserAccount.class, UserAccountSpecifications.activeMatching(text),
                UserAccountSpecifications::byName, offset, limit).stream()
                .map(u -> new Person(u.getId(), u.getFullName(), u.getEmail())).toList();
    }

    /** Creates a unit under {@code parentId} (none only for a municipality); returns its id. */
    @Transactional
    @PreAuthorize(ADMIN)
    public Long create(Long parentId, OrgUnitType type, String name, String code) {
        OrgUnit parent = parentId == null ? null : changes.load(parentId, null);
        return changes.create(parent, type, name, code).getId();
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public void rename(Long unitId, long expectedVersion, String name, String code) {
        OrgUnit unit = changes.load(unitId, expectedVersion);
        changes.rename(unit, name, code);
        units.saveAndFlush(unit);
    }

    /** Moves the unit (with everything below it) under another active unit of a higher level. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void move(Long unitId, long expectedVersion, Long newParentId) {
        OrgUnit unit = changes.load(unitId, expectedVersion);
        changes.move(unit, newParentId == null ? null : changes.load(newParentId, null));
        units.saveAndFlush(unit);
    }

    /** Sets the unit's leader, or clears it when {@code userId} is null. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void setLeader(Long unitId, long expectedVersion, Long userId) {
        OrgUnit unit = changes.load(unitId, expectedVersion);
        changes.setLeader(unit, userId);
        units.saveAndFlush(unit);
    }

    /** What closing the unit would move to {@code targetId} (may be null: counts only), and why it is refused. */
    @PreAuthorize(ADMIN)
    public ClosePreview closePreview(Long unitId, Long targetId) {
        return closing.preview(changes.load(unitId, null), targetId == null ? null : changes.load(targetId, null));
    }

    /** Moves the unit's open cases to {@code targetId} and closes it, in one transaction; returns what moved. */
    @Transactional
    @PreAuthorize(ADMIN)
    public ClosePreview close(Long unitId, long expectedVersion, Long targetId) {
        OrgUnit unit = changes.load(unitId, expectedVersion);
        ClosePreview done = closing.close(unit, targetId == null ? null : changes.load(targetId, null));
        units.flush();
        return done;
    }

    /** Opens a closed unit again under its old parent; the cases moved away when it closed stay where they are. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void reopen(Long unitId, long expectedVersion) {
        OrgUnit unit = changes.load(unitId, expectedVersion);
        changes.reopen(unit);
        units.saveAndFlush(unit);
    }

    /** The unit's changes, oldest first, with parent and leader shown by name (not as ids). */
    @PreAuthorize(ADMIN)
    public List<HistoryLine> history(Long unitId) {
        changes.load(unitId, null);
        List<ChangeHistory.Change> raw = history.of(OrgUnit.class, unitId);
        Map<String, String> names = new HashMap<>();
        List<HistoryLine> lines = new ArrayList<>();
        for (ChangeHistory.Change change : raw) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            change.changedFields().forEach((field, values) -> fields.put(field,
                    values.stream().map(v -> readable(v, names)).toList()));
            lines.add(new HistoryLine(change.when(), change.who(), change.type().name(), fields));
        }
        return lines;
    }

    /** Active municipalities, the roots an import can go under. */
    @PreAuthorize(ADMIN)
    public List<ChartUnit> municipalities() {
        return chart().stream().filter(u -> u.type() == OrgUnitType.MUNICIPALITY && u.active()).toList();
    }

    /** Reads the file and says what importing it under the municipality would do; saves nothing. */
    @PreAuthorize(ADMIN)
    public OrgChartImportPreview previewImport(byte[] content, String fileName, Long municipalityId) {
        return importer.preview(content, fileName, municipality(municipalityId));
    }

    /** Imports the whole file, or nothing when any row has an error (the preview shows which). */
    @Transactional
    @PreAuthorize(ADMIN)
    public OrgChartImportResult importFile(byte[] content, String fileName, Long municipalityId) {
        OrgChartImportResult result = importer.importFile(content, fileName, municipality(municipalityId));
        units.flush();
        return result;
    }

    /** The empty template: CSV (UTF-8 with BOM, semicolons) or, if {@code xlsx}, Excel. */
    @PreAuthorize(ADMIN)
    public byte[] importTemplate(boolean xlsx) {
        return xlsx ? OrgChartImportTemplate.xlsx() : OrgChartImportTemplate.csv();
    }

    private OrgUnit municipality(Long id) {
        if (id == null) {
            throw new UserFacingException("org.import.error.municipalityRequired");
        }
        OrgUnit m = changes.load(id, null);
        if (m.getType() != OrgUnitType.MUNICIPALITY || !m.isActive()) {
            throw new UserFacingException("org.import.error.municipalityRequired");
        }
        return m;
    }

    /** "OrgUnit#12" → the unit's name, "UserAccount#3" → the person's full name; other values as they are. */
    private String readable(String value, Map<String, String> cache) {
        if (value == null || !value.contains("#")) {
            return value;
        }
        return cache.computeIfAbsent(value, v -> {
            String[] parts = v.split("#", 2);
            Long id;
            try {
                id = Long.valueOf(parts[1]);
            } catch (NumberFormatException e) {
                return v;
            }
            // a lazy association is described by its proxy's class name ("OrgUnit$HibernateProxy$...#12")
            String kind = parts[0].contains("$") ? parts[0].substring(0, parts[0].indexOf('$')) : parts[0];
            Function<Long, String> lookup = switch (kind) {
                case "OrgUnit" -> i -> units.findById(i).map(OrgUnit::getName).orElse(v);
                case "UserAccount" -> i -> users.findById(i).map(UserAccount::getFullName).orElse(v);
                default -> i -> v;
            };
            return lookup.apply(id);
        });
    }
}
