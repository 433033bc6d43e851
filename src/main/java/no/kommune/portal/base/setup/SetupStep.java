package no.kommune.portal.base.setup;

import java.util.List;
import no.kommune.portal.base.Link;

/**
 * One thing a municipality sets up before the portal is in use, as the first-start checklist shows it.
 *
 * @param key    names the step's texts: {@code setup.step.<key>} (title) and {@code setup.step.<key>.help}
 * @param order  position in the list, lowest first (features leave gaps for each other)
 * @param state  done, missing, or optional and not done
 * @param detailKey a translation key saying what was found ("12 units, 3 without a leader"), with {@code args}
 * @param page   where it is set up, or null when it is set up outside the portal (configuration, first start)
 */
public record SetupStep(String key, int order, State state, String detailKey, List<Object> args, Page page) {

    public enum State { DONE, MISSING, OPTIONAL }

    /**
     * A page of the portal where a step is done.
     *
     * @param link     its address, from the feature's {@code <Feature>Links}
     * @param titleKey its menu title's translation key
     * @param role     the role that may open it ({@code Roles.*}); the administrator may not hold it
     */
    public record Page(Link link, String titleKey, String role) {
    }

    public SetupStep {
        args = List.copyOf(args);
    }

    public static SetupStep of(String key, int order, boolean done, String detailKey, Page page, Object... args) {
        return new SetupStep(key, order, done ? State.DONE : State.MISSING, detailKey, List.of(args), page);
    }

    /** A step a municipality may skip (single sign-on, mail): not done is "optional", not "missing". */
    public static SetupStep optional(String key, int order, boolean done, String detailKey, Page page,
            Object... args) {
        return new SetupStep(key, order, done ? State.DONE : State.OPTIONAL, detailKey, List.of(args), page);
    }
}
