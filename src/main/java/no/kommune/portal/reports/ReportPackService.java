package no.kommune.portal.reports;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report pack for a reporting period: one document with the chapters every feature contributes
 * ({@link ReportChapter}), built in the background. The request is stored first, so the user can leave the
 * page; she gets an in-app notification when the file is ready and downloads it from the reports page.
 */
@Service
public class ReportPackService {

    static final String MAY_GENERATE = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.QUALITY + "')";
    private static final Logger log = LoggerFactory.getLogger(ReportPackService.class);

    private final ReportPackRepository packs;
    private final List<ReportChapter> chapters;
    private final PeriodService periods;
    private final BackgroundWork background;
    private final Notifier notifier;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ListQueries lists;

    ReportPackService(ReportPackRepository packs, List<ReportChapter> chapters, PeriodService periods,
            BackgroundWork background, Notifier notifier, CurrentUser currentUser, TransactionTemplate transactions,
            Clock clock, ListQueries lists) {
        this.packs = packs;
        this.chapters = chapters.stream().sorted(Comparator.comparingInt(ReportChapter::order)).toList();
        this.periods = periods;
        this.background = background;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.clock = clock;
        this.lists = lists;
    }

    @PreAuthorize(MAY_GENERATE)
    public List<ReportingPeriod> periods() {
        return periods.all();
    }

    /** Queues a pack and starts it in the background; returns at once with the stored request. */
    @PreAuthorize(MAY_GENERATE)
    public ReportPackSummary request(Long periodId, ReportPack.Format format) {
        if (periodId == null) {
            throw new UserFacingException("reports.error.periodRequired");
        }
        if (format == null) {
            throw new UserFacingException("reports.error.formatRequired");
        }
        ReportingPeriod period = periods.find(periodId)
                .orElseThrow(() -> new UserFacingException("reports.error.periodRequired"));
        String me = currentUser.requireUsername();
        ReportPack pack = transactions.execute(tx -> packs.save(new ReportPack(period.getId(), period.getName(), format, me)));
        ReportPackSummary queued = summaryOf(pack.getId());
        background.submit(() -> generate(pack.getId(), period, format, me));
        return queued;
    }

    /** The user's own packs, newest first, without their files. */
    @PreAuthorize(MAY_GENERATE)
    @Transactional(readOnly = true)
    public List<ReportPackSummary> mine(int limit) {
        String me = currentUser.requireUsername();
        return lists.page(ReportPack.class, ReportPackSummary.class, ReportPackService::summary,
                (p, query, cb) -> cb.equal(p.get("requestedBy"), me), ReportPackService::newestFirst, 0, limit);
    }

    private ReportPackSummary summaryOf(Long id) {
        return transactions.execute(tx -> lists.page(ReportPack.class, ReportPackSummary.class,
                ReportPackService::summary, (p, query, cb) -> cb.equal(p.get("id"), id), ReportPackService::newestFirst,
                0, 1).getFirst());
    }

    /** A pack without its file (the file is read only when downloaded). */
    private static Selection<ReportPackSummary> summary(Root<ReportPack> p, AbstractQuery<?> query,
            CriteriaBuilder cb) {
        return cb.construct(ReportPackSummary.class, p.get("id"), p.get("periodName"), p.get("format"),
                p.get("status"), p.get("createdAt"), p.get("finishedAt"), p.get("durationMs"), p.get("fileName"),
                p.get("sizeBytes"), p.get("error"));
    }

    private static List<Order> newestFirst(Root<ReportPack> p, CriteriaBuilder cb) {
        return List.of(cb.desc(p.get("id")));
    }

    /** The file of a finished pack; only the user who ordered it may fetch it. */
    @PreAuthorize(MAY_GENERATE)
    public byte[] content(Long packId) {
        return transactions.execute(tx -> {
            ReportPack pack = packs.findById(packId).orElseThrow(() -> new AccessDeniedException("No such pack"));
            if (!pack.getRequestedBy().equals(currentUser.requireUsername())) {
                throw new AccessDeniedException("Not your report pack");
            }
            if (pack.getStatus() != ReportPack.Status.DONE) {
                throw new UserFacingException("reports.error.notReady");
            }
            return pack.getContent();
        });
    }

    /** Builds the document itself (also used directly by tests and the benchmark). */
    @PreAuthorize(MAY_GENERATE)
    public ReportDocument build(ReportingPeriod period) {
        ReportScope scope = scopeOf(period);
        ReportDocument doc = new ReportDocument("Rapportpakke – " + period.getName(),
                "Oppfølging av vedtak, internkontroll, avvik og tilsyn · laget " + Formats.dateTime(clock.instant()));
        doc.text(coverage(scope, LocalDate.now(clock.withZone(Formats.ZONE))));
        for (ReportChapter chapter : chapters) {
            chapter.append(doc, scope);
        }
        return doc;
    }

    /** What a pack for the period will cover (name, dates, closed or open), shown before the pack is ordered. */
    @PreAuthorize(MAY_GENERATE)
    public ReportScope coverageOf(ReportingPeriod period) {
        return scopeOf(period);
    }

    /** The sentence that says which period the pack covers and what its statuses are as of. */
    static String coverage(ReportScope scope, LocalDate today) {
        return "Perioden rapporten gjelder: " + scope.name() + " (" + Formats.date(scope.from()) + "–"
                + Formats.date(scope.to()) + "). " + (scope.closed()
                        ? "Perioden er lukket; statusene er slik de ble frosset da perioden ble lukket."
                        : "Perioden er åpen; statusene er slik de står per " + Formats.date(today) + ".");
    }

    static ReportScope scopeOf(ReportingPeriod period) {
        int year = period.getYear();
        LocalDate from = switch (period.getType()) {
            case TERTIAL_1, ANNUAL -> LocalDate.of(year, 1, 1);
            case TERTIAL_2 -> LocalDate.of(year, 5, 1);
        };
        LocalDate to = switch (period.getType()) {
            case TERTIAL_1 -> LocalDate.of(year, 4, 30);
            case TERTIAL_2 -> LocalDate.of(year, 8, 31);
            case ANNUAL -> LocalDate.of(year, 12, 31);
        };
        return new ReportScope(period.getId(), period.getName(), year, from, to, !period.isOpen());
    }

    /**
     * Runs on a background thread with the requester's security context (see BackgroundWork). Whatever goes
     * wrong, the pack ends FAILED rather than pending: a pack left pending keeps its orderer's page polling and
     * tells her nothing. Errors (not only exceptions) are caught for that reason; a JVM error is rethrown after.
     */
    private Long generate(Long packId, ReportingPeriod period, ReportPack.Format format, String requester) {
        try {
            transactions.executeWithoutResult(tx -> packs.findById(packId).orElseThrow().started(clock.instant()));
            ReportDocument doc = build(period);
            byte[] bytes = format.export().write(doc);
            String fileName = format.export().fileName(
                    "rapportpakke-" + period.getName().toLowerCase().replaceAll("[^a-z0-9æøå]+", "-"));
            Instant done = clock.instant();
            transactions.executeWithoutResult(tx -> packs.findById(packId).orElseThrow().done(fileName, bytes, done));
        } catch (RuntimeException | Error e) {
            log.error("Report pack {} for {} failed", packId, period.getName(), e);
            markFailed(packId, e.getClass().getSimpleName() + ": " + e.getMessage());
            if (e instanceof VirtualMachineError vmError) {
                throw vmError;
            }
            return packId;
        }
        notifier.send(new Notice(requester, "REPORT_PACK_READY", "report-pack-" + packId,
                "reports.notice.ready", List.of(period.getName()), ReportLinks.packs()));
        return packId;
    }

    private void markFailed(Long packId, String reason) {
        try {
            transactions.executeWithoutResult(tx -> packs.findById(packId).orElseThrow()
                    .failed(reason, clock.instant()));
        } catch (RuntimeException e) {
            // the sweeper (ReportPackSweeper) ends it later; nothing more can be done on this thread
            log.error("Report pack {} could not be marked failed", packId, e);
        }
    }

    /**
     * Ends packs that have been pending longer than {@code maxAge}: the node that was making them stopped
     * (restart, crash) and nobody else will finish them. Called by {@link ReportPackSweeper} on one node.
     */
    int failAbandoned(java.time.Duration maxAge) {
        Instant cutoff = clock.instant().minus(maxAge);
        return transactions.execute(tx -> {
            List<ReportPack> abandoned = packs.findPendingCreatedBefore(cutoff);
            Instant now = clock.instant();
            abandoned.forEach(p -> p.failed(ReportPackSummary.ABANDONED, now));
            return abandoned.size();
        });
    }
}
