package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import no.kommune.portal.decisions.MandateRow;

/**
 * The status label coloured by its fixed state, with "proposed done" and the computed flags beside it (overdue,
 * deadline unclear, not updated), as the seeds' tables show both. One component for a single mandate's page;
 * {@link #renderer} draws the same in a grid cell without a server-side component per row (issue 15: a component
 * per row made a 50-row follow-up list response 100 KB).
 */
class StatusBadge extends Span {

    StatusBadge(MandateRow row) {
        setText(label(row, this::getTranslation));
        addClassName(row.state().cssClass());
        flag(delayedFlag(row, this::getTranslation), "flag-overdue");
        flag(unclearFlag(row, this::getTranslation), "flag-unclear");
        flag(staleFlag(row, this::getTranslation), "flag-overdue");
    }

    private void flag(String text, String className) {
        if (!text.isEmpty()) {
            Span flag = new Span(" · " + text);
            flag.addClassName(className);
            add(flag);
        }
    }

    /**
     * The same badge as a grid renderer; only the row's texts travel, the markup is the template's. The five texts
     * go as one array ({@code [css class, label, delayed, unclear, not updated]}) because every property name is
     * repeated in every row of the answer: one name instead of five saved about 5 KB per 50 rows.
     */
    static Renderer<MandateRow> renderer(SerializableFunction<String, String> translate) {
        return LitRenderer.<MandateRow>of("""
                <span class="${item.b[0]}">${item.b[1]}<span class="flag-overdue" ?hidden=${!item.b[2]}> · \
                ${item.b[2]}</span><span class="flag-unclear" ?hidden=${!item.b[3]}> · ${item.b[3]}</span>\
                <span class="flag-overdue" ?hidden=${!item.b[4]}> · ${item.b[4]}</span></span>""")
                .withProperty("b", r -> List.of(r.state().cssClass(), label(r, translate), delayedFlag(r, translate),
                        unclearFlag(r, translate), staleFlag(r, translate)));
    }

    private static String label(MandateRow row, SerializableFunction<String, String> translate) {
        return row.statusLabel() + (row.doneProposed() ? " (" + translate.apply("decisions.proposedDone") + ")" : "");
    }

    private static String delayedFlag(MandateRow row, SerializableFunction<String, String> translate) {
        return row.delayedButNotReported() ? translate.apply("decisions.delayedComputed") : "";
    }

    private static String unclearFlag(MandateRow row, SerializableFunction<String, String> translate) {
        return row.deadlineUnclear() && !row.state().isClosed() ? translate.apply("decisions.deadlineUnclear") : "";
    }

    private static String staleFlag(MandateRow row, SerializableFunction<String, String> translate) {
        return row.notUpdated() ? translate.apply("decisions.notUpdated") : "";
    }
}
