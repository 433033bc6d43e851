package no.kommune.portal.reports;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends report packs that a stopped node left pending. A pack is made on the node that took the order; if that
 * node restarts, nobody finishes the pack, and its orderer would watch "Lages …" for ever. The cut-off is far
 * above the slowest pack measured (a few seconds), so a pack that is still being made is never touched.
 */
@Component
class ReportPackSweeper {

    private static final Logger log = LoggerFactory.getLogger(ReportPackSweeper.class);

    private final ReportPackService service;
    private final Duration maxAge;

    ReportPackSweeper(ReportPackService service,
            @Value("${portal.reports.abandoned-after:PT30M}") Duration maxAge) {
        this.service = service;
        this.maxAge = maxAge;
    }

    @Scheduled(fixedDelayString = "${portal.reports.sweep-interval:PT5M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "report-pack-sweep", lockAtMostFor = "PT5M")
    public void sweep() {
        int ended = service.failAbandoned(maxAge);
        if (ended > 0) {
            log.warn("Ended {} report pack(s) left pending for more than {}", ended, maxAge);
        }
    }
}
