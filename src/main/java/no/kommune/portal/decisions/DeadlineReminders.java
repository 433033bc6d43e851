package no.kommune.portal.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells owners and responsible leaders about mandate deadlines 30, 7 and 1 days ahead and when overdue.
 * Safe to run repeatedly and on several nodes: each notice has a dedupe key per mandate and step.
 */
@Component
public class DeadlineReminders {

    static final int[] DAYS_AHEAD = {30, 7, 1};
    /** Overdue reminders are sent once, for deadlines passed within this many days. */
    static final int OVERDUE_WINDOW_DAYS = 60;

    private final MandateRepository mandates;
    private final Notifier notifier;
    private final Clock clock;

    public DeadlineReminders(MandateRepository mandates, Notifier notifier, Clock clock) {
        this.mandates = mandates;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.reminders.cron:0 0 6 * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M")
    public void daily() {
        run(LocalDate.now(clock.withZone(Formats.ZONE)));
    }

    /** Sends what is due on {@code today}; returns the number of new notices. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        List<Mandate> due = mandates.findOpenWithDeadlineBetween(today.minusDays(OVERDUE_WINDOW_DAYS), today.plusDays(30));
        for (Mandate m : due) {
            long daysLeft = ChronoUnit.DAYS.between(today, m.getDueDate());
            String step = step(daysLeft);
            if (step == null) {
                continue;
            }
            for (UserAccount person : recipients(m)) {
                boolean isNew = notifier.send(new Notice(person.getUsername(), "MANDATE_DEADLINE_" + step,
                        "mandate-" + m.getId() + "-deadline-" + step + "-" + m.getDueDate(),
                        "decisions.notice.deadline." + step,
                        List.of(m.getTitle(), Formats.date(m.getDueDate())), DecisionLinks.mandate(m.getId())));
                sent += isNew ? 1 : 0;
            }
        }
        return sent;
    }

    /** The reminder step for a number of days left, or null if no reminder is due. */
    static String step(long daysLeft) {
        if (daysLeft < 0) {
            return "OVERDUE";
        }
        for (int days : DAYS_AHEAD) {
            if (daysLeft <= days && daysLeft > nextSmaller(days)) {
                return String.valueOf(days);
            }
        }
        return null;
    }

    private static int nextSmaller(int days) {
        return switch (days) {
            case 30 -> 7;
            case 7 -> 1;
            default -> -1;
        };
    }

    private static Set<UserAccount> recipients(Mandate m) {
        Set<UserAccount> people = new LinkedHashSet<>(m.getResponsibles());
        if (m.getOwner() != null) {
            people.add(m.getOwner());
        }
        return people;
    }
}
