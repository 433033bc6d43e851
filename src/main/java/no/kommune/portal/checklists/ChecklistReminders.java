package no.kommune.portal.checklists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the leader of each unit whose checklist is not submitted, 7 days and 1 day before the round's
 * deadline. Idempotent (one dedupe key per checklist and step), so running twice or on two nodes is harmless.
 */
@Component
public class ChecklistReminders {

    private final ChecklistInstanceRepository instances;
    private final Notifier notifier;
    private final Clock clock;

    ChecklistReminders(ChecklistInstanceRepository instances, Notifier notifier, Clock clock) {
        this.instances = instances;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.reminders.cron:0 0 6 * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "checklist-reminders", lockAtMostFor = "PT30M")
    public void daily() {
        run(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** Sends what is due on {@code today}; returns the number of new notices. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        for (ChecklistInstance instance : instances.findOpenWithDeadlineBetween(today, today.plusDays(7))) {
            LocalDate deadline = instance.getRound().getDeadline();
            String step = ChronoUnit.DAYS.between(today, deadline) <= 1 ? "1" : "7";
            UserAccount leader = instance.getUnit().nearestActiveLeader();
            if (leader == null) {
                continue;
            }
            boolean isNew = notifier.send(new Notice(leader.getUsername(), "CHECKLIST_DEADLINE_" + step,
                    "checklist-" + instance.getId() + "-deadline-" + step + "-" + deadline,
                    "checklists.notice.deadline." + step,
                    List.of(instance.getRound().getName(), instance.getUnit().getName(), Formats.date(deadline)),
                    ChecklistLinks.checklist(instance.getId())));
            sent += isNew ? 1 : 0;
        }
        return sent;
    }
}
