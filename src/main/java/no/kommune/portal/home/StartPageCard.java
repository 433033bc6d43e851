package no.kommune.portal.home;

import java.util.List;
import no.kommune.portal.base.Link;

/**
 * One card on a role's start page: a title and a few figures, each linking to the filtered list behind it,
 * optionally with a chart rendered on the server (SVG).
 *
 * @param role  the role whose section shows the card ({@code Roles.*})
 * @param order position within the section, lowest first
 * @param id    stable element id, for tests and for the browser
 * @param svgChart an SVG element rendered by base/export/Charts, or null
 */
public record StartPageCard(String role, int order, String id, String title, boolean titleIsKey, String subtitle,
        List<Figure> figures, String svgChart) {

    public StartPageCard {
        figures = List.copyOf(figures);
    }

    /** A card whose title is a translation key. */
    public static StartPageCard of(String role, int order, String id, String titleKey, List<Figure> figures) {
        return new StartPageCard(role, order, id, titleKey, true, null, figures, null);
    }

    /** A card titled by a name from the data (a political body, a checklist round). */
    public static StartPageCard named(String role, int order, String id, String title, List<Figure> figures) {
        return new StartPageCard(role, order, id, title, false, null, figures, null);
    }

    /**
     * The same card in another role's section (a user with several roles sees it in each), computed once.
     */
    public StartPageCard forRole(String otherRole, String otherId) {
        return new StartPageCard(otherRole, order, otherId, title, titleIsKey, subtitle, figures, svgChart);
    }

    public StartPageCard withChart(String svg) {
        return new StartPageCard(role, order, id, title, titleIsKey, subtitle, figures, svg);
    }

    /** A line under the title naming what the figures are about (a round, a period), from the data. */
    public StartPageCard withSubtitle(String text) {
        return new StartPageCard(role, order, id, title, titleIsKey, text, figures, svgChart);
    }

    /**
     * A number with its label. The label is a translation key, or (for names from the data: a unit, a leader,
     * a body) the text itself.
     *
     * @param attention true when the number asks for action (overdue, not submitted), so it is highlighted
     */
    public record Figure(String label, boolean labelIsKey, long value, Link link, boolean attention) {

        public static Figure key(String key, long value, Link link, boolean attention) {
            return new Figure(key, true, value, link, attention);
        }

        public static Figure text(String text, long value, Link link, boolean attention) {
            return new Figure(text, false, value, link, attention);
        }
    }
}
