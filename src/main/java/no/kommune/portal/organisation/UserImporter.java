package no.kommune.portal.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.OrgChartImportPreview.Message;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.organisation.OrgChartImportPreview.Severity;
import no.kommune.portal.organisation.UserImportPreview.ColumnUse;
import no.kommune.portal.organisation.UserImportPreview.Line;
import org.springframework.stereotype.Component;

/**
 * Reads people from CSV or Excel ({@link TabularFile}, the reader of the other imports) and imports them all or
 * nothing. An account is matched by username, else by e-mail, so importing the same file again changes nothing;
 * a matched account gets the file's name, e-mail, units and roles (an empty units or roles cell keeps what the
 * account has), never a new username and never a password. New accounts have no password: they sign in with
 * single sign-on (first linked by e-mail, decision 019) or once an administrator sets one (decision 024). A row
 * naming a deactivated account is an error: the import never reactivates anyone. The whistleblowing receiver role
 * is never given or taken here (decision 011). Saving goes through {@link UserAdminService#save} and
 * {@link OrgChartChanges#setLeader}, the rules of the dialogs, in the caller's transaction. Not secured itself:
 * {@link UserImportService} is.
 */
@Component
class UserImporter {

    /** Longest units, roles or "leder for" cell: many units, never a novel. */
    static final int MAX_LIST_CELL = 2000;

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\"]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;|]");

    /** The words an HR sheet uses for the portal's roles (lower case); the receiver role is not among them. */
    static final Map<String, String> ROLE_WORDS = roleWords();
    /** Words for the whistleblowing receiver role: recognised, and refused with a reason. */
    static final Set<String> RECEIVER_WORDS = Set.of("varsling", "varslingsmottak", "varslingsmottaker", "mottaker",
            "mottak", "whistleblowing_receiver", "whistleblowing receiver", "receiver");

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final OrgChartChanges changes;
    private final UserAdminService admin;

    @PersistenceContext
    private EntityManager em;

    UserImporter(UserAccountRepository users, OrgUnitRepository units, OrgChartChanges changes,
            UserAdminService admin) {
        this.users = users;
        this.units = units;
        this.changes = changes;
        this.admin = admin;
    }

    private static Map<String, String> roleWords() {
        Map<String, String> words = new HashMap<>();
        for (String role : Roles.ALL) {
            words.put(role.toLowerCase(Locale.ROOT), role);
        }
        words.remove(Roles.WHISTLEBLOWING_RECEIVER.toLowerCase(Locale.ROOT));
        List.of("leder", "ledere", "leader", "enhetsleder", "virksomhetsleder").forEach(w -> words.put(w, Roles.LEADER));
        List.of("ansatt", "ansatte", "medarbeider", "employee").forEach(w -> words.put(w, Roles.EMPLOYEE));
        List.of("politiker", "folkevalgt", "politician").forEach(w -> words.put(w, Roles.POLITICIAN));
        List.of("kvalitet", "hr", "hr/kvalitet", "quality").forEach(w -> words.put(w, Roles.QUALITY));
        List.of("direktør", "direktor", "kommunedirektør", "kommunedirektor", "stab", "direktør/stab",
                "direktor/stab", "kommunedirektørens stab", "ledelse", "management")
                .forEach(w -> words.put(w, Roles.MANAGEMENT));
        List.of("admin", "administrator").forEach(w -> words.put(w, Roles.ADMIN));
        return Map.copyOf(words);
    }

    UserImportPreview preview(byte[] content, String fileName) {
        return analyse(content, fileName).preview();
    }

    /** Saves every new and changed account, or nothing: refused while any row has an error. */
    UserImportResult importFile(byte[] content, String fileName) {
        Plan plan = analyse(content, fileName);
        UserImportPreview preview = plan.preview();
        if (preview.hasErrors()) {
            throw new UserFacingException("users.import.error.rowErrors", preview.rowsWithErrors());
        }
        int created = 0;
        int updated = 0;
        for (Planned p : plan.planned) {
            if (p.outcome != Outcome.NEW && p.outcome != Outcome.UPDATED) {
                continue;
            }
            UserAccount account;
            Set<Long> unitIds;
            if (p.existing == null) {
                account = new UserAccount(p.username, p.fullName);
                account.setRoles(p.roles == null ? Set.of(Roles.EMPLOYEE) : p.roles);
                unitIds = p.unitIds == null ? Set.of() : p.unitIds;
                created++;
            } else {
                // saved as the user dialog saves: detached, so the service compares with what is stored
                account = p.existing;
                em.detach(account);
                unitIds = p.unitIds != null ? p.unitIds : storedUnitIds(account.getId());
                if (p.roles != null) {
                    account.setRoles(rolesKeepingReceiver(account, p.roles));
                }
                updated++;
            }
            account.setFullName(p.fullName);
            account.setEmail(p.email);
            UserAccount saved = admin.save(account, new LinkedHashSet<>(unitIds));
            for (Long unitId : p.leads) {
                OrgUnit unit = changes.load(unitId, null);
                if (unit.getLeader() == null || !unit.getLeader().getId().equals(saved.getId())) {
                    changes.setLeader(unit, saved.getId());
                }
            }
        }
        return new UserImportResult(created, updated, (int) preview.count(Outcome.UNCHANGED));
    }

    private Set<Long> storedUnitIds(Long userId) {
        return users.findUnitIdsOf(userId).stream().map(n -> ((Number) n).longValue()).collect(Collectors.toSet());
    }

    /** The file's roles; a receiver keeps her receiver role (only the receiver group takes it away). */
    private static Set<String> rolesKeepingReceiver(UserAccount account, Set<String> roles) {
        Set<String> result = new TreeSet<>(roles);
        if (account.getRoles().contains(Roles.WHISTLEBLOWING_RECEIVER)) {
            result.add(Roles.WHISTLEBLOWING_RECEIVER);
        }
        return result;
    }

    // ---- analysis ------------------------------------------------------------------------------------

    /** One row's account as the import will leave it. */
    private static final class Planned {
        UserAccount existing;
        String username;
        String fullName;
        String email;
        /** null: the cell was empty, the account keeps its units (a new one gets none). */
        Set<Long> unitIds;
        /** null: the cell was empty, the account keeps its roles (a new one is an employee). */
        Set<String> roles;
        List<Long> leads = List.of();
        Outcome outcome;
    }

    private final class Plan {
        final List<ColumnUse> columns = new ArrayList<>();
        final Map<UserImportColumn, String> headerOf = new EnumMap<>(UserImportColumn.class);
        final List<Line> lines = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<Planned> planned = new ArrayList<>();
        final Map<String, Integer> usernameLine = new HashMap<>();
        final Map<String, Integer> emailLine = new HashMap<>();
        final Map<Long, Integer> accountLine = new HashMap<>();
        final Map<Long, Integer> leadLine = new HashMap<>();
        final List<UnitNode> nodes = units.findAllNodes();
        final Map<Long, UnitNode> nodeById = nodes.stream().collect(Collectors.toMap(UnitNode::id, n -> n));

        UserImportPreview preview() {
            return new UserImportPreview(columns, lines, problems);
        }

        String cell(TabularFile.Row row, UserImportColumn column) {
            String header = headerOf.get(column);
            return header == null ? "" : row.get(header);
        }

        void error(int line, String key, Object... args) {
            problems.add(new Problem(line, Severity.ERROR, key,
                    java.util.Arrays.stream(args).map(String::valueOf).toList()));
        }

        void warning(int line, String key, Object... args) {
            problems.add(new Problem(line, Severity.WARNING, key,
                    java.util.Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    private Plan analyse(byte[] content, String fileName) {
        List<TabularFile.Row> rows = TabularFile.read(content, fileName);
        Plan plan = new Plan();
        readColumns(rows.getFirst(), plan);
        boolean columnsMissing = false;
        for (UserImportColumn column : UserImportColumn.values()) {
            if (column.required() && !plan.headerOf.containsKey(column)) {
                plan.error(0, "users.import.problem.missingColumn", column.portalName());
                columnsMissing = true;
            }
        }
        if (columnsMissing) {
            return plan;
        }
        for (TabularFile.Row row : rows) {
            readRow(row, plan);
        }
        return plan;
    }

    private static void readColumns(TabularFile.Row first, Plan plan) {
        for (String header : first.values().keySet()) {
            UserImportColumn column = UserImportColumn.recognise(header);
            if (column != null && plan.headerOf.containsKey(column)) {
                plan.warning(0, "users.import.problem.columnTwice", header, plan.headerOf.get(column));
                column = null;
            } else if (column == null) {
                plan.warning(0, "users.import.problem.ignoredColumn", header);
            } else {
                plan.headerOf.put(column, header);
            }
            plan.columns.add(new ColumnUse(header, column));
        }
    }

    private void readRow(TabularFile.Row row, Plan plan) {
        int line = row.line();
        Map<UserImportColumn, String> cells = new EnumMap<>(UserImportColumn.class);
        for (UserImportColumn column : UserImportColumn.values()) {
            cells.put(column, plan.cell(row, column));
        }
        if (cells.values().stream().allMatch(String::isBlank)) {
            return; // an empty row (";;;;;") is skipped
        }
        int problemsBefore = plan.problems.size();
        String fullName = text(cells, UserImportColumn.NAME, TextLimits.NAME, line, plan);
        String username = text(cells, UserImportColumn.USERNAME, TextLimits.USERNAME, line, plan);
        if (username != null && !USERNAME.matcher(username).matches()) {
            plan.error(line, "users.import.problem.usernamePattern", username);
            username = null;
        }
        String email = text(cells, UserImportColumn.EMAIL, TextLimits.EMAIL, line, plan);
        if (email != null && !EMAIL.matcher(email).matches()) {
            plan.error(line, "users.import.problem.emailInvalid", email);
            email = null;
        }
        String unitsCell = text(cells, UserImportColumn.UNITS, MAX_LIST_CELL, line, plan);
        String rolesCell = text(cells, UserImportColumn.ROLES, MAX_LIST_CELL, line, plan);
        String leadsCell = text(cells, UserImportColumn.LEADS, MAX_LIST_CELL, line, plan);

        if (username != null) {
            Integer first = plan.usernameLine.putIfAbsent(username.toLowerCase(Locale.ROOT), line);
            if (first != null) {
                plan.error(line, "users.import.problem.usernameTwice", username, first);
            }
        }
        if (email != null) {
            Integer first = plan.emailLine.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
            if (first != null) {
                plan.error(line, "users.import.problem.emailTwice", email, first);
            }
        }
        Set<String> roles = rolesCell == null ? null : roles(rolesCell, line, plan);
        List<UnitNode> memberOf = unitsCell == null ? null
                : resolveUnits(unitsCell, plan.headerOf.get(UserImportColumn.UNITS), line, plan);
        List<UnitNode> leads = leadsCell == null ? List.of()
                : resolveUnits(leadsCell, plan.headerOf.get(UserImportColumn.LEADS), line, plan);
        for (UnitNode unit : leads) {
            Integer first = plan.leadLine.putIfAbsent(unit.id(), line);
            if (first != null && first != line) {
                plan.error(line, "users.import.problem.leadTwice", unit.name(), first);
            }
        }
        UserAccount existing = username == null || email == null ? null : match(username, email, line, plan);

        Planned p = new Planned();
        p.existing = existing;
        p.username = existing != null ? existing.getUsername() : username;
        p.fullName = fullName;
        p.email = email;
        p.roles = roles;
        p.unitIds = memberOf == null ? null : memberOf.stream().map(UnitNode::id).collect(Collectors.toSet());
        p.leads = leads.stream().map(UnitNode::id).distinct().toList();
        String unitsText = memberOf == null ? (existing == null ? "" : "–")
                : memberOf.stream().map(UnitNode::displayName).collect(Collectors.joining(", "));
        List<String> shownRoles = roles == null ? (existing == null ? List.of(Roles.EMPLOYEE)
                : List.copyOf(new TreeSet<>(existing.getRoles()))) : List.copyOf(new TreeSet<>(roles));

        boolean errors = plan.problems.subList(problemsBefore, plan.problems.size()).stream()
                .anyMatch(pr -> pr.severity() == Severity.ERROR);
        List<Message> lineChanges = errors ? List.of() : lineChanges(p, leads, plan);
        if (errors) {
            p.outcome = Outcome.REJECTED;
        } else if (existing == null) {
            p.outcome = Outcome.NEW;
        } else {
            p.outcome = lineChanges.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
        plan.planned.add(p);
        plan.lines.add(new Line(line, p.username == null ? cells.get(UserImportColumn.USERNAME) : p.username,
                fullName == null ? cells.get(UserImportColumn.NAME) : fullName,
                email == null ? cells.get(UserImportColumn.EMAIL) : email, unitsText, shownRoles, p.outcome,
                lineChanges));
    }

    /** The cell's text, or null when empty (then an error if the column is required) or refused. */
    private static String text(Map<UserImportColumn, String> cells, UserImportColumn column, int max, int line,
            Plan plan) {
        String value = cells.get(column);
        SafeText.Problem problem = UnitTexts.check(value, max, column.required());
        if (problem != null) {
            // the portal's message for the rule, the field named by the file's own column heading
            plan.error(line, problem.namedKey(), plan.headerOf.get(column), max);
            return null;
        }
        return UnitTexts.clean(value);
    }

    private static Set<String> roles(String cell, int line, Plan plan) {
        Set<String> roles = new TreeSet<>();
        for (String item : items(cell)) {
            String word = item.toLowerCase(Locale.ROOT);
            String role = ROLE_WORDS.get(word);
            if (role != null) {
                roles.add(role);
            } else if (RECEIVER_WORDS.contains(word)) {
                plan.error(line, "users.import.problem.receiverRole", item);
            } else {
                plan.error(line, "users.import.problem.unknownRole", item);
            }
        }
        return roles;
    }

    /** Each unit named in the cell: by code first, then by exact name; unknown, ambiguous or closed is an error. */
    private static List<UnitNode> resolveUnits(String cell, String header, int line, Plan plan) {
        List<UnitNode> found = new ArrayList<>();
        for (String item : items(cell)) {
            String key = item.toLowerCase(Locale.ROOT);
            List<UnitNode> byCode = plan.nodes.stream()
                    .filter(n -> n.code() != null && n.code().strip().equalsIgnoreCase(key)).toList();
            List<UnitNode> activeByCode = byCode.stream().filter(UnitNode::active).toList();
            List<UnitNode> byName = plan.nodes.stream().filter(n -> n.name().strip().equalsIgnoreCase(key)).toList();
            List<UnitNode> activeByName = byName.stream().filter(UnitNode::active).toList();
            List<UnitNode> candidates = !activeByCode.isEmpty() ? activeByCode : activeByName;
            if (candidates.size() == 1) {
                if (!found.contains(candidates.getFirst())) {
                    found.add(candidates.getFirst());
                }
            } else if (candidates.size() > 1) {
                plan.error(line, "users.import.problem.unitAmbiguous", item, header, candidates.stream()
                        .map(n -> path(n, plan)).collect(Collectors.joining("; ")));
            } else if (!byCode.isEmpty() || !byName.isEmpty()) {
                plan.error(line, "users.import.problem.unitClosed", item, header);
            } else {
                plan.error(line, "users.import.problem.unitUnknown", item, header);
            }
        }
        return found;
    }

    /** "Oppvekst › Skolene": where an ambiguous unit sits, so the administrator can tell them apart. */
    private static String path(UnitNode node, Plan plan) {
        List<String> names = new ArrayList<>();
        UnitNode n = node;
        for (int guard = 0; n != null && guard < 100; guard++) {
            names.addFirst(n.displayName());
            n = n.parentId() == null ? null : plan.nodeById.get(n.parentId());
        }
        return String.join(" › ", names);
    }

    private static List<String> items(String cell) {
        return LIST_SEPARATOR.splitAsStream(cell).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The portal's account for the row: by username, else by e-mail; null for a new person. */
    private UserAccount match(String username, String email, int line, Plan plan) {
        UserAccount existing = users.findByUsernameIgnoreCase(username).orElse(null);
        List<UserAccount> withEmail = users.findByEmailIgnoreCase(email);
        if (existing != null) {
            UserAccount account = existing;
            List<UserAccount> others = withEmail.stream().filter(u -> !u.getId().equals(account.getId())).toList();
            if (!others.isEmpty()) {
                plan.error(line, "users.import.problem.emailTaken", email, others.getFirst().getUsername());
                return null;
            }
        } else if (withEmail.size() > 1) {
            plan.error(line, "users.import.problem.emailAmbiguous", email,
                    withEmail.stream().map(UserAccount::getUsername).sorted().collect(Collectors.joining(", ")));
            return null;
        } else if (withEmail.size() == 1) {
            existing = withEmail.getFirst();
            plan.warning(line, "users.import.problem.matchedByEmail", email, existing.getUsername(), username);
        }
        if (existing == null) {
            return null;
        }
        Integer first = plan.accountLine.putIfAbsent(existing.getId(), line);
        if (first != null) {
            plan.error(line, "users.import.problem.sameAccount", existing.getUsername(), first);
        }
        if (!existing.isActive()) {
            plan.error(line, "users.import.problem.deactivated", existing.getUsername());
        }
        return existing;
    }

    /** What the import changes on the row's account (new accounts: only the units they will lead). */
    private List<Message> lineChanges(Planned p, List<UnitNode> leads, Plan plan) {
        List<Message> out = new ArrayList<>();
        UserAccount e = p.existing;
        if (e != null) {
            if (!Objects.equals(e.getFullName(), p.fullName)) {
                out.add(new Message("users.import.change.name", List.of(e.getFullName(), p.fullName)));
            }
            if (!Objects.equals(e.getEmail(), p.email)) {
                out.add(new Message("users.import.change.email", List.of(dash(e.getEmail()), p.email)));
            }
            if (p.roles != null && !rolesKeepingReceiver(e, p.roles).equals(new TreeSet<>(e.getRoles()))) {
                out.add(new Message("users.import.change.roles", List.of(
                        String.join(", ", new TreeSet<>(e.getRoles())), String.join(", ", new TreeSet<>(p.roles)))));
            }
            if (p.unitIds != null) {
                Set<Long> before = storedUnitIds(e.getId());
                if (!before.equals(p.unitIds)) {
                    out.add(new Message("users.import.change.units", List.of(unitNames(before, plan),
                            unitNames(p.unitIds, plan))));
                }
            }
        }
        for (UnitNode unit : leads) {
            if (e == null || !Objects.equals(unit.leaderId(), e.getId())) {
                String before = unit.leaderId() == null ? "–"
                        : users.findById(unit.leaderId()).map(UserAccount::getFullName).orElse("–");
                out.add(new Message("users.import.change.leads", List.of(unit.name(), before)));
            }
        }
        return out;
    }

    private static String unitNames(Set<Long> ids, Plan plan) {
        if (ids.isEmpty()) {
            return "–";
        }
        return ids.stream().map(plan.nodeById::get).filter(Objects::nonNull).map(UnitNode::displayName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
