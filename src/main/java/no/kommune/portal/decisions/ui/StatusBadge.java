package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.html.Span;
import no.kommune.portal.decisions.MandateRow;

/** The status label coloured by its fixed state, with "proposed done" and overdue markers. */
class StatusBadge extends Span {

    StatusBadge(MandateRow row) {
        setText(row.statusLabel() + (row.doneProposed() ? " (" + getTranslation("decisions.proposedDone") + ")" : ""));
        addClassName(row.state().cssClass());
        // the reported status above, the computed flags beside it, as the seeds' tables show both
        if (row.delayedButNotReported()) {
            Span overdue = new Span(" · " + getTranslation("decisions.delayedComputed"));
            overdue.addClassName("flag-overdue");
            add(overdue);
        }
        if (row.deadlineUnclear() && !row.state().isClosed()) {
            Span unclear = new Span(" · " + getTranslation("decisions.deadlineUnclear"));
            unclear.addClassName("flag-unclear");
            add(unclear);
        }
        if (row.notUpdated()) {
            Span stale = new Span(" · " + getTranslation("decisions.notUpdated"));
            stale.addClassName("flag-overdue");
            add(stale);
        }
    }
}
