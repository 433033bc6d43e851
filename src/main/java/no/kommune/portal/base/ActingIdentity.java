package no.kommune.portal.base;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one "acting as" mechanism: the name that audit columns ({@link Auditor}), Envers revisions
 * ({@link AuditRevisionListener}) and every row written meanwhile (notifications included) record, when it must
 * not be the signed-in user's. Used for anonymous whistleblowing: an employee who reports anonymously while
 * signed in must not be named anywhere.
 *
 * <p>Why not swap the security context instead: inside a Vaadin request Spring Security's context is read from
 * the Vaadin session (Vaadin's context-holder strategy), so a thread-local swap is silently ignored and the
 * employee's username ends up in the rows. This scope is read by the auditor before the security context, and
 * it does not change who is authorised: method security still sees the real user.
 *
 * <p>Scopes nest; the innermost wins, and the previous one is restored when the work ends, also on failure.
 */
public final class ActingIdentity {

    private static final ThreadLocal<String> ACTING_AS = new ThreadLocal<>();

    private ActingIdentity() {
    }

    /** Runs the work so that everything it writes is recorded as {@link Auditor#ANONYMOUS}. */
    public static <T> T anonymous(Supplier<T> work) {
        return as(Auditor.ANONYMOUS, work);
    }

    public static void anonymous(Runnable work) {
        anonymous(() -> {
            work.run();
            return null;
        });
    }

    /** Runs the work so that everything it writes is recorded under {@code name}. */
    public static <T> T as(String name, Supplier<T> work) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An acting identity needs a name");
        }
        String previous = ACTING_AS.get();
        ACTING_AS.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING_AS.remove();
            } else {
                ACTING_AS.set(previous);
            }
        }
    }

    /** The identity work is being recorded under, if a scope is open on this thread. */
    public static Optional<String> current() {
        return Optional.ofNullable(ACTING_AS.get());
    }

    public static boolean isAnonymous() {
        return current().filter(Auditor.ANONYMOUS::equals).isPresent();
    }
}
