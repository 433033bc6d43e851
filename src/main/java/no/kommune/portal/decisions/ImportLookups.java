package no.kommune.portal.decisions;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kommune.portal.decisions.ImportPreview.Problem;
import no.kommune.portal.decisions.ImportPreview.Severity;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.UserAccount;

/** People, statuses and bodies named in an import file, looked up once per file. */
final class ImportLookups {

    record People(Set<UserAccount> accounts, String verbatim) {
        UserAccount single() {
            return accounts.isEmpty() ? null : accounts.iterator().next();
        }
    }

    private final OrganisationService organisation;
    private final StatusLabelRepository labels;
    private final Map<String, Optional<UserAccount>> people = new HashMap<>();
    private final Map<String, Optional<StatusLabel>> statuses = new HashMap<>();
    private final List<PoliticalBody> bodies;

    ImportLookups(OrganisationService organisation, StatusLabelRepository labels) {
        this.organisation = organisation;
        this.labels = labels;
        this.bodies = organisation.activeBodies();
    }

    /** The people named in the cell; {@code header} is the column's heading in the file, for the messages. */
    People people(String value, String header, ImportOptions options, int line, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return new People(Set.of(), null);
        }
        Set<UserAccount> found = new LinkedHashSet<>();
        for (String name : value.split(",|;| og ")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Optional<UserAccount> account = people.computeIfAbsent(n.toLowerCase(Locale.ROOT),
                    k -> organisation.findPersonByName(n));
            if (account.isPresent()) {
                found.add(account.get());
            } else {
                problems.add(new Problem(line, options.lenient() ? Severity.WARNING : Severity.ERROR,
                        "import.problem.unknownPerson", List.of(n)));
            }
        }
        String verbatim = value.strip();
        ImportRowReader.check(verbatim, header, 500, line, problems);
        return new People(found, verbatim);
    }

    StatusLabel status(String value, ImportOptions options, int line, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return initialStatus();
        }
        Optional<StatusLabel> label = statuses.computeIfAbsent(value.strip().toLowerCase(Locale.ROOT),
                k -> labels.findFirstByLabelIgnoreCase(value.strip()));
        if (label.isPresent()) {
            return label.get();
        }
        problems.add(new Problem(line, options.lenient() ? Severity.WARNING : Severity.ERROR,
                "import.problem.unknownStatus", List.of(value.strip(), statusNames())));
        return initialStatus();
    }

    /** The first active label of the state (in the labels' order), or null when the state has none. */
    StatusLabel statusOf(MandateState state) {
        return labels.findFirstByStateAndActiveTrueOrderBySortOrder(state).orElse(null);
    }

    String statusNames() {
        return String.join(", ", labels.findByActiveTrueOrderBySortOrder().stream().map(StatusLabel::getLabel).toList());
    }

    private StatusLabel initialStatus() {
        return labels.findFirstByStateAndActiveTrueOrderBySortOrder(MandateState.OPEN).orElseThrow();
    }

    /** The deciding body: the last one named ("Formannskapet; Kommunestyret" is decided by Kommunestyret). */
    PoliticalBody body(String value, int line, List<Problem> problems) {
        String[] parts = value.split(";|->");
        String last = parts[parts.length - 1].replaceAll("\\(.*?\\)", "").strip().toLowerCase(Locale.ROOT);
        Map<String, PoliticalBody> byName = new LinkedHashMap<>();
        bodies.forEach(b -> byName.put(b.getName().toLowerCase(Locale.ROOT), b));
        PoliticalBody exact = byName.get(last);
        if (exact != null) {
            return exact;
        }
        for (PoliticalBody b : bodies) {
            String name = b.getName().toLowerCase(Locale.ROOT);
            if (!last.isEmpty() && (name.startsWith(last) || last.startsWith(name)
                    || (b.getShortName() != null && b.getShortName().equalsIgnoreCase(last)))) {
                return b;
            }
        }
        problems.add(new Problem(line, Severity.ERROR, "import.problem.unknownBody", List.of(value.strip())));
        return null;
    }
}
