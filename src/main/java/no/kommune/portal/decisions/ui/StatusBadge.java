package no.kommune.portal.decisions.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;

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
     * The same badge as a grid renderer. A row sends only what differs between rows, as one array
     * ({@code [state, label, delayed, unclear, not updated]}: the state's index, the label, and 1 or 0 per flag),
     * because every property name and text is repeated in every row of the answer; the state's CSS classes and the
     * flags' texts are written once, into the template (issue 15: 65 → 30 bytes per row on the demo data).
     */
    static Renderer<MandateRow> renderer(SerializableFunction<String, String> translate) {
        String classes = Arrays.stream(MandateState.values()).map(s -> "'" + s.cssClass() + "'")
                .collect(Collectors.joining(",", "[", "]"));
        return LitRenderer.<MandateRow>of("<span class=\"${" + classes + "[item.b[0]]}\">${item.b[1]}"
                + "<span class=\"flag-overdue\">${item.b[2] ? " + text(" · " + translate.apply("decisions.delayedComputed"))
                + " : ''}</span><span class=\"flag-unclear\">${item.b[3] ? "
                + text(" · " + translate.apply("decisions.deadlineUnclear")) + " : ''}</span>"
                + "<span class=\"flag-overdue\">${item.b[4] ? " + text(" · " + translate.apply("decisions.notUpdated"))
                + " : ''}</span></span>")
                .withProperty("b", r -> List.of(r.state().ordinal(), label(r, translate),
                        flag(!delayedFlag(r, translate).isEmpty()), flag(!unclearFlag(r, translate).isEmpty()),
                        flag(!staleFlag(r, translate).isEmpty())));
    }

    private static int flag(boolean set) {
        return set ? 1 : 0;
    }

    /** A text as a JavaScript string literal inside the template (shown as text by Lit, never as markup). */
    private static String text(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '\'' || c == '`' || c == '$' || c == '<' || c == '>' || c < ' ') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append("'").toString();
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
