package no.kommune.portal.decisions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting periods. Only one is open at a time. Closing one freezes a {@link PeriodSnapshot} of every
 * mandate, which is what the report for that period shows and what "changed since last report" compares to.
 */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final ReportingPeriodRepository periods;
    private final PeriodSnapshotRepository snapshots;
    private final MandateRepository mandates;
    private final Clock clock;

    public PeriodService(ReportingPeriodRepository periods, PeriodSnapshotRepository snapshots,
            MandateRepository mandates, Clock clock) {
        this.periods = periods;
        this.snapshots = snapshots;
        this.mandates = mandates;
        this.clock = clock;
    }

    @PreAuthorize(FollowUpService.READ)
    public List<ReportingPeriod> all() {
        return periods.findAllByOrderByYearDescOpenedAtDesc();
    }

    @PreAuthorize(FollowUpService.READ)
    public java.util.Optional<ReportingPeriod> find(Long periodId) {
        return periodId == null ? java.util.Optional.empty() : periods.findById(periodId);
    }

    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public ReportingPeriod open(ReportingPeriod.Type type, int year) {
        if (year < 2000 || year > 2100) {
            throw new UserFacingException("decisions.error.invalidYear");
        }
        if (periods.findFirstByClosedAtIsNullOrderByOpenedAtDesc().isPresent()) {
            throw new UserFacingException("decisions.error.periodAlreadyOpen");
        }
        if (periods.findByTypeAndYear(type, year).isPresent()) {
            throw new UserFacingException("decisions.error.periodExists", type.label(year));
        }
        return periods.save(new ReportingPeriod(type, year, clock.instant()));
    }

    /** Closes the period and freezes every mandate's status and status text as they stand now. */
    @Transactional
    @PreAuthorize(FollowUpService.MANAGE)
    public int close(Long periodId) {
        ReportingPeriod period = periods.findById(periodId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!period.isOpen()) {
            throw new UserFacingException("decisions.error.periodClosed");
        }
        period.close(clock.instant());
        int count = 0;
        // bounded batches: the municipality may have many thousand mandates over the years
        int page = 0;
        List<Mandate> batch;
        do {
            batch = mandates.findAll(org.springframework.data.domain.PageRequest.of(page++, 500,
                    org.springframework.data.domain.Sort.by("id"))).getContent();
            for (Mandate m : batch) {
                snapshots.save(new PeriodSnapshot(period, m));
                count++;
            }
            snapshots.flush();
        } while (batch.size() == 500);
        return count;
    }

    /** The last closed period before now, if any. */
    @PreAuthorize(FollowUpService.READ)
    public java.util.Optional<ReportingPeriod> lastClosed() {
        return periods.findAllByOrderByYearDescOpenedAtDesc().stream().filter(p -> !p.isOpen()).findFirst();
    }

    /** Snapshot rows of a period keyed by mandate id (for reports and "changed since"). */
    @PreAuthorize(FollowUpService.READ)
    public Map<Long, PeriodSnapshot> snapshotOf(Long periodId, java.util.Collection<Long> mandateIds) {
        if (mandateIds.isEmpty()) {
            return Map.of();
        }
        return snapshots.findForMandates(periodId, mandateIds).stream()
                .collect(Collectors.toMap(s -> s.getMandate().getId(), Function.identity()));
    }
}
