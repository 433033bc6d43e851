package no.kommune.portal.decisions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up report the kommunestyre receives ("Oppfølging av vedtak og oppdrag"): per decision, the
 * seeds' table columns (Oppdrag | Beskrivelse | Status | Beskrivelse status | Saksreferanse | Oppdragseier |
 * Ansvarlig, plus Frist), with counts per status. For a closed period the content comes from that period's
 * snapshot; for the open period from the current data, with a column saying what changed since the last
 * closed period.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpReport {

    public static final List<String> COLUMNS = List.of("Oppdrag", "Beskrivelse", "Frist", "Status",
            "Beskrivelse status", "Saksreferanse", "Oppdragseier", "Ansvarlig", "Endret siden forrige rapport");
    private static final int MAX_ROWS = 20_000;

    private final FollowUpService followUp;
    private final PeriodService periods;
    private final OrganisationService organisation;

    public FollowUpReport(FollowUpService followUp, PeriodService periods, OrganisationService organisation) {
        this.followUp = followUp;
        this.periods = periods;
        this.organisation = organisation;
    }

    /** A new document with the follow-up chapter for the body (all bodies when null) and period. */
    @PreAuthorize(FollowUpService.READ)
    public ReportDocument build(Long bodyId, Long periodId) {
        ReportingPeriod period = periods.find(periodId).orElse(null);
        String subtitle = (period == null ? "Status per " + Formats.date(java.time.LocalDate.now()) : period.getName())
                + (bodyId == null ? "" : " – " + organisation.findBody(bodyId).map(PoliticalBody::getName).orElse(""));
        ReportDocument doc = new ReportDocument("Oppfølging av vedtak og oppdrag", subtitle);
        appendChapter(doc, bodyId, period);
        return doc;
    }

    /** Appends the chapter to a document (used by the report pack). */
    @PreAuthorize(FollowUpService.READ)
    public void appendChapter(ReportDocument doc, Long bodyId, ReportingPeriod period) {
        doc.heading(1, "Oppfølging av vedtak og oppdrag");
        appendSection(doc, bodyId, period, 2);
    }

    /** The seeds' columns of the follow-up tables in the annual and tertial reports. */
    public static final List<String> PACK_COLUMNS = List.of("Oppdrag", "Beskrivelse", "Status", "Beskrivelse status",
            "Saksref", "Oppdragseier", "Ansvarlig");

    /**
     * The report pack's chapter, as the seeds' annual reports print it: per political body that has mandates
     * a heading, one sentence with the counts (delayed by the one definition, see {@link Delay}) and one table
     * with the seeds' columns ({@link #PACK_COLUMNS}); a delayed mandate is marked in its Status cell with the
     * deadline it has passed. For a closed period the statuses are those frozen when it was closed, and
     * "delayed" is judged on the period's last day; for the open period on {@code asOf} (today).
     */
    @PreAuthorize(FollowUpService.READ)
    public void appendChapterPerBody(ReportDocument doc, ReportingPeriod period, java.time.LocalDate asOf) {
        doc.heading(1, "Oppfølging av vedtak og oppdrag");
        boolean frozen = period != null && !period.isOpen();
        Map<Long, PeriodSnapshot> snapshot = Map.of();
        for (PoliticalBody body : organisation.activeBodies()) {
            FollowUpFilter filter = FollowUpFilter.all().ofBody(body.getId());
            if (followUp.count(filter) == 0) {
                continue;
            }
            List<MandateRow> rows = followUp.page(filter, PageSlice.first(MAX_ROWS).sortedBy(
                    SortBy.asc("originDate"), SortBy.asc("decision.meetingDate"), SortBy.asc("decision.id")));
            if (frozen) {
                snapshot = periods.snapshotOf(period.getId(), rows.stream().map(MandateRow::id).toList());
            }
            List<List<String>> table = new ArrayList<>();
            Map<MandateState, Long> counts = new EnumMap<>(MandateState.class);
            long delayed = 0;
            for (MandateRow r : rows) {
                PeriodSnapshot snap = snapshot.get(r.id());
                if (frozen && snap == null) {
                    continue; // registered after the period was closed
                }
                MandateState state = frozen ? snap.getState() : r.state();
                String label = frozen ? snap.getStatusLabel() : r.statusLabel();
                String statusText = frozen ? snap.getStatusText() : r.statusText();
                boolean late = state == MandateState.DELAYED
                        || (!state.isClosed() && r.dueDate() != null && r.dueDate().isBefore(asOf));
                counts.merge(state, 1L, Long::sum);
                delayed += late ? 1 : 0;
                table.add(List.of(mandateCell(r, state, asOf), nz(r.description()), statusCell(label, state, late, r),
                        nz(statusText), referenceCell(r), nz(r.ownerName()), nz(r.responsibleNames())));
            }
            if (table.isEmpty()) {
                continue;
            }
            doc.heading(2, body.getName());
            doc.text(table.size() + " oppdrag: " + counts.getOrDefault(MandateState.DONE, 0L) + " ferdig, "
                    + counts.getOrDefault(MandateState.CANCELLED, 0L) + " bortfalt, " + delayed + " forsinket"
                    + " (rapportert Forsinket eller fristen passert per " + Formats.date(asOf) + ").");
            doc.table(sheetName(body.getName()), PACK_COLUMNS, table);
        }
    }

    /**
     * Item and title as the seeds print them (the Saksref column carries the case numbers); an open mandate
     * decided in an earlier year says since when, so "open since 2014" reads from the table.
     */
    private static String mandateCell(MandateRow r, MandateState state, java.time.LocalDate asOf) {
        String title = r.numberedTitle();
        if (!state.isClosed() && r.originYear() != null && r.originYear() < asOf.getYear()) {
            return title + " (åpent siden " + r.originYear() + ")";
        }
        return title;
    }

    /** The reported status, and beside it the computed flag: "Iht. plan – FORSINKET, frist 30.06.2025". */
    private static String statusCell(String label, MandateState state, boolean late, MandateRow r) {
        String cell = nz(label);
        if (late && state != MandateState.DELAYED) {
            cell += " – FORSINKET";
        }
        if (late && r.dueDate() != null) {
            cell += (state == MandateState.DELAYED ? " – frist " : ", frist ") + r.deadlineWithDueDate();
        }
        if (!state.isClosed() && r.deadlineUnclear()) {
            cell += " – frist uklar";
        }
        return cell;
    }

    private static String referenceCell(MandateRow r) {
        if (r.caseNumbers() != null && r.archiveReference() != null) {
            return r.caseNumbers() + " (" + r.archiveReference() + ")";
        }
        return r.caseNumbers() != null ? r.caseNumbers() : nz(r.archiveReference());
    }

    private void appendSection(ReportDocument doc, Long bodyId, ReportingPeriod period, int level) {
        FollowUpFilter filter = new FollowUpFilter(bodyId, null, null, null, null, false, false, null, false);
        List<MandateRow> rows = followUp.page(filter, PageSlice.first(MAX_ROWS).sortedBy(
                SortBy.asc("decision.body.name"), SortBy.asc("decision.meetingDate"), SortBy.asc("decision.id")));
        Long compareTo = period != null && !period.isOpen() ? period.getId()
                : periods.lastClosed().map(ReportingPeriod::getId).orElse(null);
        Map<Long, PeriodSnapshot> snapshot = compareTo == null ? Map.of()
                : periods.snapshotOf(compareTo, rows.stream().map(MandateRow::id).toList());
        boolean frozen = period != null && !period.isOpen();

        Map<MandateState, Long> counts = new EnumMap<>(MandateState.class);
        List<List<String>> countRows = new ArrayList<>();
        Map<String, List<MandateRow>> byDecision = new LinkedHashMap<>();
        for (MandateRow row : rows) {
            if (frozen && !snapshot.containsKey(row.id())) {
                continue; // registered after the period was closed
            }
            MandateState state = frozen ? snapshot.get(row.id()).getState() : row.state();
            counts.merge(state, 1L, Long::sum);
            String key = row.bodyName() + " – " + row.decisionTitle()
                    + (row.caseNumbers() == null ? "" : " (" + row.caseNumbers() + ")");
            byDecision.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        for (MandateState s : MandateState.values()) {
            countRows.add(List.of(stateName(s), String.valueOf(counts.getOrDefault(s, 0L))));
        }
        doc.table("Antall per status", List.of("Status", "Antall"), countRows);
        for (Map.Entry<String, List<MandateRow>> entry : byDecision.entrySet()) {
            doc.heading(level, entry.getKey());
            List<List<String>> table = entry.getValue().stream().map(r -> line(r, snapshot.get(r.id()), frozen))
                    .collect(Collectors.toList());
            doc.table(sheetName(entry.getKey()), COLUMNS, table);
        }
    }

    private static List<String> line(MandateRow r, PeriodSnapshot snap, boolean frozen) {
        String status = frozen && snap != null ? snap.getStatusLabel() : r.statusLabel();
        String statusText = frozen && snap != null ? snap.getStatusText() : r.statusText();
        String changed;
        if (frozen) {
            changed = "";
        } else if (snap == null) {
            changed = "Ny";
        } else {
            boolean same = snap.getStatusLabel().equals(r.statusLabel())
                    && java.util.Objects.equals(snap.getStatusText(), r.statusText());
            changed = same ? "" : "Endret (var: " + snap.getStatusLabel() + ")";
        }
        String title = r.numberedTitle();
        return List.of(title, nz(r.description()), r.deadlineDisplay(), nz(status), nz(statusText),
                nz(r.caseNumbers()), nz(r.ownerName()), nz(r.responsibleNames()), changed);
    }

    static String stateName(MandateState s) {
        return switch (s) {
            case OPEN -> "Ikke startet";
            case ON_TRACK -> "Iht. plan / i arbeid";
            case DELAYED -> "Forsinket";
            case DONE -> "Ferdig";
            case CANCELLED -> "Bortfalt";
        };
    }

    private static String sheetName(String key) {
        return key.length() > 28 ? key.substring(0, 28) : key;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
