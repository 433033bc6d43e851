package no.kommune.portal.checklists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.export.Charts;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;
import no.kommune.portal.checklists.ChecklistViews.AreaAnswers;
import no.kommune.portal.checklists.ChecklistViews.GroupStatus;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist part of the tertial report: the status overview of a round ("Internkontroll – status
 * sjekkliste": overall, per service area, per category, per unit, and a bar chart) and one unit's checklist
 * with answers, actions and history. Built as a {@link ReportDocument}, so PDF and Excel show the same rows.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistReport {

    public static final String CHAPTER = "Internkontroll – status sjekkliste";
    public static final List<String> STATUS_COLUMNS = List.of("Sjekklister", "Sendt inn", "Besvart", "Ja", "Delvis",
            "Nei", "Endring Ja (prosentpoeng)");

    private final ChecklistService service;

    public ChecklistReport(ChecklistService service) {
        this.service = service;
    }

    /** A document with only the status chapter of the round. */
    @PreAuthorize(ChecklistService.OVERVIEW)
    public ReportDocument overview(long roundId) {
        Overview o = service.overview(roundId);
        ReportDocument doc = new ReportDocument(CHAPTER, o.roundName() + " – " + o.templateName());
        appendChapter(doc, roundId);
        return doc;
    }

    /** Appends the chapter "Internkontroll – status sjekkliste" for the round (used by the report pack). */
    @PreAuthorize(ChecklistService.OVERVIEW)
    public void appendChapter(ReportDocument doc, long roundId) {
        Overview o = service.overview(roundId);
        doc.heading(1, CHAPTER);
        doc.text(o.roundName() + " · " + o.templateName() + " · frist " + Formats.date(o.deadline())
                + (o.previousRoundName() == null ? "" : " · sammenlignet med " + o.previousRoundName()));
        doc.text("Besvart = besvarte spørsmål av alle spørsmål. Ja/Delvis/Nei = andel av svarene Ja, Delvis og Nei "
                + "(«Ikke aktuelt» er holdt utenfor).");

        doc.heading(2, "Overordnet status");
        doc.table("Overordnet status", STATUS_COLUMNS,
                List.of(statusCells(o.overall())));

        doc.heading(2, "Status sjekkliste per tjenesteområde");
        doc.table("Per tjenesteområde", withName("Tjenesteområde", STATUS_COLUMNS),
                o.serviceAreas().stream().map(g -> withName(g.name(), statusCells(g))).toList());
        Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
        Map<String, Double> yes = new LinkedHashMap<>();
        Map<String, Double> partly = new LinkedHashMap<>();
        Map<String, Double> no = new LinkedHashMap<>();
        for (GroupStatus g : o.serviceAreas()) {
            yes.put(g.name(), g.tally().yesPct());
            partly.put(g.name(), g.tally().partlyPct());
            no.put(g.name(), g.tally().noPct());
        }
        series.put("Ja", yes);
        series.put("Delvis", partly);
        series.put("Nei", no);
        doc.chart("Status sjekkliste per tjenesteområde (andel svar, %)",
                Charts.png(chart(series, "Status sjekkliste per tjenesteområde"), 900, 420), 900, 420);

        doc.heading(2, "Status sjekklistekategorier");
        doc.table("Per kategori", withName("Kategori", STATUS_COLUMNS),
                o.categories().stream().map(g -> withName(g.name(), statusCells(g))).toList());

        doc.heading(2, "Status per enhet");
        List<List<String>> unitRows = new ArrayList<>();
        for (UnitStatus u : o.units()) {
            Tally t = u.tally();
            unitRows.add(List.of(u.serviceAreaName(), u.unitName(), stateName(u), t.answered() + " av " + t.expected(),
                    pct(t.yesPct()), pct(t.partlyPct()), pct(t.noPct()), u.overdue() ? "Frist overskredet" : ""));
        }
        doc.table("Per enhet", List.of("Tjenesteområde", "Enhet", "Status", "Besvart", "Ja", "Delvis", "Nei",
                "Frist"), unitRows);
    }

    /** The chart as used in the report; the views render the same chart as SVG. */
    public static org.jfree.chart.JFreeChart chart(Map<String, Map<String, ? extends Number>> series, String title) {
        return Charts.bar(title, "%", series, true);
    }

    /** One unit's checklist for the tertial report: answers per area, actions and history. */
    @PreAuthorize(ChecklistService.READ)
    public ReportDocument unitChecklist(long instanceId) {
        InstanceDetail d = service.instance(instanceId);
        ReportDocument doc = new ReportDocument("Sjekkliste for internkontroll – " + d.row().unitName(),
                d.row().roundName() + " – " + d.templateName());
        doc.heading(1, d.row().unitName() + " – " + d.row().roundName());
        doc.text("Status: " + (d.row().state() == ChecklistInstance.State.SUBMITTED
                ? "Sendt inn " + Formats.dateTime(d.row().submittedAt()) : "Ikke sendt inn")
                + " · Besvart " + d.answered() + " av " + d.total() + " · Frist " + Formats.date(d.row().deadline()));
        for (AreaAnswers area : d.areas()) {
            doc.heading(2, area.areaNo() + " " + area.title());
            if (area.helpText() != null) {
                doc.text(area.helpText());
            }
            List<List<String>> rows = new ArrayList<>();
            for (QuestionAnswer q : area.questions()) {
                rows.add(List.of(q.itemNo(), q.text(), q.answer() == null ? "Ikke besvart" : q.answer().norwegian(),
                        q.comment() == null ? "" : q.comment()));
            }
            doc.table(sheet(area.areaNo() + " " + area.title()), List.of("Nr", "Spørsmål", "Svar", "Kommentar"), rows);
        }
        doc.heading(2, "Tiltak");
        List<List<String>> actionRows = new ArrayList<>();
        for (ActionRow a : d.actions()) {
            actionRows.add(List.of(a.itemNo(), a.title(), a.ownerName(), Formats.date(a.deadline()),
                    actionStateName(a.state()), a.statusText() == null ? "" : a.statusText()));
        }
        doc.table("Tiltak", List.of("Nr", "Tiltak", "Ansvarlig", "Frist", "Status", "Statustekst"), actionRows);
        doc.heading(2, "Historikk");
        doc.table("Historikk", List.of("Tidspunkt", "Av", "Hendelse", "Kommentar"), d.history().stream()
                .map(h -> List.of(Formats.dateTime(h.when()), h.who(), eventName(h.kind()),
                        h.describe(AnswerValue::norwegian)))
                .toList());
        return doc;
    }

    private static List<String> statusCells(GroupStatus g) {
        Tally t = g.tally();
        Double change = g.yesChange();
        return List.of(String.valueOf(t.checklists()), pct(t.submittedPct()), pct(t.answeredPct()), pct(t.yesPct()),
                pct(t.partlyPct()), pct(t.noPct()), change == null ? "" : signed(change));
    }

    private static List<String> withName(String name, List<String> cells) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.addAll(cells);
        return row;
    }

    public static String pct(double value) {
        return String.format(Formats.NORWEGIAN, "%.1f %%", value);
    }

    public static String signed(double value) {
        return String.format(Formats.NORWEGIAN, "%+.1f", value);
    }

    private static String stateName(UnitStatus u) {
        if (u.state() == ChecklistInstance.State.SUBMITTED) {
            return "Sendt inn";
        }
        return u.tally().answered() == 0 ? "Ikke startet" : "Påbegynt";
    }

    static String actionStateName(ChecklistAction.State s) {
        return switch (s) {
            case OPEN -> "Ikke startet";
            case IN_PROGRESS -> "I arbeid";
            case DONE -> "Ferdig";
            case CANCELLED -> "Bortfalt";
        };
    }

    private static String eventName(ChecklistEvent.Kind k) {
        return switch (k) {
            case OPENED -> "Runde åpnet";
            case SUBMITTED -> "Sendt inn";
            case REOPENED -> "Åpnet igjen";
            case ACTION_CREATED -> "Tiltak opprettet";
            case ACTION_UPDATED -> "Tiltak oppdatert";
            case NO_ACTION_EXPLAINED -> "Begrunnet: ingen tiltak nødvendig";
            case ANSWER_CHANGED -> "Svar endret";
            case MOVED_UNIT_CLOSED -> "Flyttet: enheten ble lagt ned";
        };
    }

    private static String sheet(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 28 ? clean.substring(0, 28) : clean;
    }
}
