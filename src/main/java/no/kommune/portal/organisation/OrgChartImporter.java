package no.kommune.portal.organisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.OrgChartImportPreview.ColumnUse;
import no.kommune.portal.organisation.OrgChartImportPreview.Line;
import no.kommune.portal.organisation.OrgChartImportPreview.Message;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.organisation.OrgChartImportPreview.Severity;
import org.springframework.stereotype.Component;

/**
 * Reads an organisation chart from CSV or Excel ({@link TabularFile}, the decision import's reader) under one
 * municipality, and imports it all or nothing. Each row names one unit by its path (tjenesteområde, enhet, avdeling;
 * missing units on the way are created). A unit the portal has is matched by its code, else by name under the same
 * parent, so importing the same file again creates nothing; a matched unit with another name, parent, code or
 * leader in the file is renamed, moved or given the code or leader (an empty code or leader cell changes nothing).
 * Names and codes follow {@link UnitTexts}; leaders are named by the e-mail address of an active account. Saving
 * goes through {@link OrgChartChanges}, the rules of the dialogs, in the caller's transaction. Not secured itself:
 * {@link OrgChartService} is.
 */
@Component
class OrgChartImporter {

    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final OrgChartChanges changes;

    OrgChartImporter(OrgUnitRepository units, UserAccountRepository users, OrgChartChanges changes) {
        this.units = units;
        this.users = users;
        this.changes = changes;
    }

    OrgChartImportPreview preview(byte[] content, String fileName, OrgUnit municipality) {
        return analyse(content, fileName, municipality).preview();
    }

    /** Saves every new and changed unit, or nothing: refused while any row has an error. */
    OrgChartImportResult importFile(byte[] content, String fileName, OrgUnit municipality) {
        Plan plan = analyse(content, fileName, municipality);
        OrgChartImportPreview preview = plan.preview();
        if (preview.hasErrors()) {
            throw new UserFacingException("org.import.error.rowErrors", preview.rowsWithErrors());
        }
        int created = 0;
        int updated = 0;
        // new units first (a new unit's parent is always met before it), then changes to the portal's units, which
        // may move a unit under a new one
        for (Planned p : plan.planned) {
            if (p.existing == null) {
                p.saved = changes.create(p.parent.entity(), p.type, p.name, p.code);
                if (p.leader != null) {
                    changes.setLeader(p.saved, p.leader.getId());
                }
                created++;
            }
        }
        for (Planned p : plan.planned) {
            if (p.changed()) {
                OrgUnit u = p.existing;
                if (!Objects.equals(u.getName(), p.name) || !Objects.equals(u.getCode(), p.code)) {
                    changes.rename(u, p.name, p.code);
                }
                if (!p.parent.entity().equals(u.getParent())) {
                    changes.move(u, p.parent.entity());
                }
                if (p.leader != null && !p.leader.equals(u.getLeader())) {
                    changes.setLeader(u, p.leader.getId());
                }
                updated++;
            }
        }
        return new OrgChartImportResult(created, updated, (int) preview.count(Outcome.UNCHANGED));
    }

    // ---- analysis ------------------------------------------------------------------------------------

    /** One unit as the import will leave it: an existing unit (maybe changed) or a new one. */
    private static final class Planned {
        final OrgUnit existing;
        final OrgUnitType type;
        Planned parent;
        String name;
        String code;
        UserAccount leader;
        /** The line whose own unit this is (null while it is only named on the way to another). */
        Integer definedOnLine;
        OrgUnit saved;

        Planned(OrgUnit existing, Planned parent, OrgUnitType type, String name, String code) {
            this.existing = existing;
            this.parent = parent;
            this.type = type;
            this.name = name;
            this.code = code;
        }

        OrgUnit entity() {
            return existing != null ? existing : saved;
        }

        /** An existing unit the file renames, moves, recodes or gives another leader. */
        boolean changed() {
            if (existing == null || parent == null) {
                return false;
            }
            return !Objects.equals(existing.getName(), name) || !Objects.equals(existing.getCode(), code)
                    || parent.existing == null || !parent.existing.equals(existing.getParent())
                    || (leader != null && !leader.equals(existing.getLeader()));
        }
    }

    /**
     * The municipality's active units as they are (light nodes, entities loaded only for units the file names) and
     * the plan: the units the file names, new or existing, in the order they are met (parents before children).
     * Maps are keyed by ids and by the plan's own objects, never by entities (whose hash code is constant).
     */
    private final class Plan {
        final List<ColumnUse> columns = new ArrayList<>();
        final Map<OrgChartColumn, String> headerOf = new EnumMap<>(OrgChartColumn.class);
        final List<Line> lines = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<Planned> planned = new ArrayList<>();
        final Map<Long, Planned> ofExisting = new HashMap<>();
        /** Plan index: parent → lower-case name → unit. */
        final Map<Planned, Map<String, Planned>> children = new HashMap<>();
        final Map<Long, UnitNode> nodes = new HashMap<>();
        final Map<Long, List<UnitNode>> activeChildren = new HashMap<>();
        final Map<String, Long> existingByCode = new HashMap<>();
        final Map<String, Planned> plannedByCode = new HashMap<>();
        final Planned root;

        Plan(OrgUnit municipality) {
            root = new Planned(municipality, null, municipality.getType(), municipality.getName(),
                    municipality.getCode());
            ofExisting.put(municipality.getId(), root);
            units.findAllNodes().forEach(n -> nodes.put(n.id(), n));
            for (UnitNode n : nodes.values()) {
                if (n.active() && n.parentId() != null && municipalityMatches(n, municipality.getId())) {
                    activeChildren.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
                    if (n.code() != null && !n.code().isBlank()) {
                        existingByCode.put(n.code().toLowerCase(Locale.ROOT), n.id());
                    }
                }
            }
        }

        private boolean municipalityMatches(UnitNode node, Long municipalityId) {
            UnitNode n = node;
            int guard = 0;
            while (n.parentId() != null && nodes.containsKey(n.parentId()) && guard++ < 100) {
                n = nodes.get(n.parentId());
            }
            return n.id().equals(municipalityId);
        }

        OrgChartImportPreview preview() {
            return new OrgChartImportPreview(columns, lines, problems);
        }

        /** The plan's unit for a unit of the portal (its parents wrapped first). */
        Planned wrap(Long unitId) {
            Planned known = ofExisting.get(unitId);
            if (known != null) {
                return known;
            }
            OrgUnit unit = units.findById(unitId).orElseThrow();
            Planned parent = wrap(nodes.get(unitId).parentId());
            Planned p = new Planned(unit, parent, unit.getType(), unit.getName(), unit.getCode());
            ofExisting.put(unitId, p);
            add(p);
            return p;
        }

        void add(Planned p) {
            planned.add(p);
            index(p);
        }

        void index(Planned p) {
            children.computeIfAbsent(p.parent, k -> new HashMap<>()).put(p.name.toLowerCase(Locale.ROOT), p);
        }

        void unindex(Planned p) {
            children.getOrDefault(p.parent, Map.of()).remove(p.name.toLowerCase(Locale.ROOT));
        }

        /** The unit of this name below {@code parent} in the plan or in the portal, or null. */
        Planned childNamed(Planned parent, String name) {
            Planned known = children.getOrDefault(parent, Map.of()).get(name.toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
            if (parent.existing != null) {
                for (UnitNode child : activeChildren.getOrDefault(parent.existing.getId(), List.of())) {
                    if (child.name().equalsIgnoreCase(name) && !ofExisting.containsKey(child.id())) {
                        // not met yet: wrapping indexes it under its parent in the portal
                        Planned p = wrap(child.id());
                        if (p.parent == parent) {
                            return p;
                        }
                    }
                }
            }
            return null;
        }
    }

    private Plan analyse(byte[] content, String fileName, OrgUnit municipality) {
        List<TabularFile.Row> rows = TabularFile.read(content, fileName);
        Plan plan = new Plan(municipality);
        readColumns(rows.getFirst(), plan);
        if (OrgChartColumn.LEVELS.stream().noneMatch(plan.headerOf::containsKey)) {
            plan.problems.add(new Problem(0, Severity.ERROR, "org.import.problem.noLevelColumn", List.of()));
            return plan;
        }
        Map<String, UserAccount> leaders = new HashMap<>();
        for (TabularFile.Row row : rows) {
            readRow(row, plan, leaders);
        }
        return plan;
    }

    private static void readColumns(TabularFile.Row first, Plan plan) {
        for (String header : first.values().keySet()) {
            OrgChartColumn column = OrgChartColumn.recognise(header);
            if (column != null && plan.headerOf.containsKey(column)) {
                plan.problems.add(new Problem(0, Severity.WARNING, "org.import.problem.columnTwice",
                        List.of(header, plan.headerOf.get(column))));
                column = null;
            } else if (column == null) {
                plan.problems.add(new Problem(0, Severity.WARNING, "org.import.problem.ignoredColumn", List.of(header)));
            } else {
                plan.headerOf.put(column, header);
            }
            plan.columns.add(new ColumnUse(header, column));
        }
    }

    private String cell(TabularFile.Row row, Plan plan, OrgChartColumn column) {
        String header = plan.headerOf.get(column);
        return header == null ? "" : row.get(header);
    }

    private void readRow(TabularFile.Row row, Plan plan, Map<String, UserAccount> leaders) {
        int line = row.line();
        int problemsBefore = plan.problems.size();
        List<Message> lineChanges = new ArrayList<>();
        // the path: every filled level column, top down; the last one is the row's own unit
        Map<OrgChartColumn, String> path = new LinkedHashMap<>();
        for (OrgChartColumn level : OrgChartColumn.LEVELS) {
            String name = cell(row, plan, level);
            if (!name.isBlank()) {
                SafeText.Problem problem = UnitTexts.checkName(name);
                if (problem != null) {
                    plan.problems.add(textProblem(line, problem, plan.headerOf.get(level), TextLimits.NAME));
                }
                path.put(level, name.strip());
            }
        }
        String code = cell(row, plan, OrgChartColumn.CODE);
        SafeText.Problem codeProblem = UnitTexts.checkCode(code);
        if (codeProblem != null) {
            plan.problems.add(textProblem(line, codeProblem, plan.headerOf.get(OrgChartColumn.CODE), TextLimits.CODE));
        }
        code = UnitTexts.clean(code);
        String email = UnitTexts.clean(cell(row, plan, OrgChartColumn.LEADER_EMAIL));
        if (path.isEmpty()) {
            if (code != null || email != null) {
                plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.noUnit", List.of()));
                plan.lines.add(new Line(line, "", null, code, email, Outcome.REJECTED, List.of()));
            }
            return; // an empty row (";;;;") is skipped
        }
        UserAccount leader = email == null ? null : leader(email, line, plan, leaders);
        String pathText = String.join(" › ", path.values());
        OrgUnitType type = path.keySet().stream().reduce((a, b) -> b).orElseThrow().level();
        if (plan.problems.size() > problemsBefore) {
            plan.lines.add(new Line(line, pathText, type, code, email, Outcome.REJECTED, List.of()));
            return;
        }

        // the units above the row's own unit: found, or created on the way
        Planned parent = plan.root;
        List<Map.Entry<OrgChartColumn, String>> steps = new ArrayList<>(path.entrySet());
        for (Map.Entry<OrgChartColumn, String> step : steps.subList(0, steps.size() - 1)) {
            parent = unitOnTheWay(parent, step.getKey().level(), step.getValue(), line, plan, lineChanges);
            if (parent == null) {
                plan.lines.add(new Line(line, pathText, type, code, email, Outcome.REJECTED, List.of()));
                return;
            }
        }
        String name = steps.getLast().getValue();
        Planned own = ownUnit(parent, type, name, code, line, plan, lineChanges);
        if (own == null) {
            plan.lines.add(new Line(line, pathText, type, code, email, Outcome.REJECTED, List.of()));
            return;
        }
        Outcome outcome = settle(own, parent, name, code, leader, line, plan, lineChanges);
        if (plan.problems.size() > problemsBefore
                && plan.problems.subList(problemsBefore, plan.problems.size()).stream()
                        .anyMatch(p -> p.severity() == Severity.ERROR)) {
            outcome = Outcome.REJECTED;
        }
        plan.lines.add(new Line(line, pathText, type, code, leader == null ? email : leader.getFullName(), outcome,
                lineChanges));
    }

    /** A unit named on the way to the row's own unit: planned or in the portal, else planned as new. */
    private Planned unitOnTheWay(Planned parent, OrgUnitType type, String name, int line, Plan plan,
            List<Message> lineChanges) {
        Planned found = plan.childNamed(parent, name);
        if (found != null) {
            if (found.type != type) {
                plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.otherLevel." + found.type.name(),
                        List.of(found.name)));
                return null;
            }
            return found;
        }
        Planned created = new Planned(null, parent, type, name, null);
        plan.add(created);
        lineChanges.add(new Message("org.import.change.create." + type.name(), List.of(name)));
        return created;
    }

    /** The row's own unit: by its code when it has one, else by name below its parent, else a new unit. */
    private Planned ownUnit(Planned parent, OrgUnitType type, String name, String code, int line, Plan plan,
            List<Message> lineChanges) {
        Planned byName = plan.childNamed(parent, name);
        Planned byCode = null;
        if (code != null) {
            String key = code.toLowerCase(Locale.ROOT);
            byCode = plan.plannedByCode.get(key);
            if (byCode == null && plan.existingByCode.containsKey(key)) {
                byCode = plan.wrap(plan.existingByCode.get(key));
            }
            if (byName == null) {
                byName = plan.childNamed(parent, name); // wrapping by code may have indexed it
            }
        }
        Planned own = byCode != null ? byCode : byName;
        if (byCode != null && byName != null && byCode != byName) {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.codeOfOther",
                    List.of(code, byCode.name, name)));
            return null;
        }
        if (own != null && own.type != type) {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.otherLevel." + own.type.name(),
                    List.of(own.name)));
            return null;
        }
        if (own != null && own.definedOnLine != null && own.definedOnLine != line && byCode != null
                && (own.parent != parent || !own.name.equals(name))) {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.codeTwice",
                    List.of(code, String.valueOf(own.definedOnLine))));
            return null;
        }
        if (own == null) {
            own = new Planned(null, parent, type, name, null);
            plan.add(own);
            lineChanges.add(new Message("org.import.change.create." + type.name(), List.of(name)));
        }
        return own;
    }

    /** Gives the row's own unit the file's name, parent, code and leader; what changes is listed on the line. */
    private Outcome settle(Planned own, Planned parent, String name, String code, UserAccount leader, int line,
            Plan plan, List<Message> lineChanges) {
        if (own.definedOnLine != null) {
            boolean same = own.parent == parent && own.name.equals(name)
                    && (code == null || code.equalsIgnoreCase(own.code))
                    && (leader == null || leader.equals(own.leader));
            plan.problems.add(new Problem(line, same ? Severity.WARNING : Severity.ERROR,
                    same ? "org.import.problem.sameAsLine" : "org.import.problem.definedTwice",
                    List.of(String.valueOf(own.definedOnLine))));
            return same ? Outcome.DUPLICATE : Outcome.REJECTED;
        }
        own.definedOnLine = line;
        boolean isNew = own.existing == null;
        if (own.parent != parent) {
            for (Planned p = parent; p != null; p = p.parent) {
                if (p == own) {
                    plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.cycle",
                            List.of(own.name, parent.name)));
                    return Outcome.REJECTED;
                }
            }
            if (!isNew) {
                lineChanges.add(new Message("org.import.change.move", List.of(own.parent.name, parent.name)));
            }
        }
        if (own.parent != parent || !own.name.equals(name)) {
            Planned clash = plan.childNamed(parent, name);
            if (clash != null && clash != own) {
                plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.nameTaken",
                        List.of(name, parent.name)));
                return Outcome.REJECTED;
            }
            if (!own.name.equals(name) && !isNew) {
                lineChanges.add(new Message("org.import.change.rename", List.of(own.name, name)));
            }
            plan.unindex(own);
            own.parent = parent;
            own.name = name;
            plan.index(own);
        }
        if (code != null && !code.equals(own.code)) {
            Planned codeHolder = plan.plannedByCode.get(code.toLowerCase(Locale.ROOT));
            Long existingHolder = plan.existingByCode.get(code.toLowerCase(Locale.ROOT));
            if ((codeHolder != null && codeHolder != own) || (existingHolder != null
                    && (own.existing == null || !existingHolder.equals(own.existing.getId())))) {
                plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.codeTaken", List.of(code,
                        codeHolder != null ? codeHolder.name : plan.nodes.get(existingHolder).name())));
                return Outcome.REJECTED;
            }
            if (!isNew) {
                lineChanges.add(new Message("org.import.change.code", List.of(nullToDash(own.code), code)));
            }
            own.code = code;
        }
        if (code != null) {
            plan.plannedByCode.put(code.toLowerCase(Locale.ROOT), own);
        }
        if (leader != null && !leader.equals(own.existing == null ? own.leader : own.existing.getLeader())) {
            if (!isNew) {
                UserAccount before = own.existing.getLeader();
                lineChanges.add(new Message("org.import.change.leader",
                        List.of(before == null ? "–" : before.getFullName(), leader.getFullName())));
            }
            own.leader = leader;
        }
        if (isNew) {
            return Outcome.NEW;
        }
        return own.changed() ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** The active account with this e-mail address; a row error when none or several have it. */
    private UserAccount leader(String email, int line, Plan plan, Map<String, UserAccount> leaders) {
        String key = email.toLowerCase(Locale.ROOT);
        if (leaders.containsKey(key)) {
            return leaders.get(key);
        }
        List<UserAccount> found = users.findByEmailIgnoreCase(email);
        List<UserAccount> active = found.stream().filter(UserAccount::isActive).toList();
        UserAccount leader = null;
        if (active.size() == 1) {
            leader = active.getFirst();
        } else if (active.size() > 1) {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.leaderAmbiguous", List.of(email)));
        } else if (!found.isEmpty()) {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.leaderInactive", List.of(email)));
        } else {
            plan.problems.add(new Problem(line, Severity.ERROR, "org.import.problem.leaderUnknown", List.of(email)));
        }
        if (leader != null) {
            leaders.put(key, leader);
        }
        return leader;
    }

    /** The portal's message for the rule, the field named by the file's own column heading. */
    private static Problem textProblem(int line, SafeText.Problem problem, String header, int max) {
        return new Problem(line, Severity.ERROR, problem.namedKey(), List.of(header, String.valueOf(max)));
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
