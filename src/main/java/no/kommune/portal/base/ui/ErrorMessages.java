package no.kommune.portal.base.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import no.kommune.portal.base.FieldName;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Turns any failure into a sentence a user can read, in her language. Never a stack trace. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The user-facing text for the failure, translated with the given translator. */
    public static String describe(Throwable error, Translator t) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof UserFacingException ufe) {
                return t.translate(ufe.getMessageKey(), arguments(ufe.getArgs(), t));
            }
            if (e instanceof OptimisticLockingFailureException
                    || e instanceof jakarta.persistence.OptimisticLockException) {
                return t.translate("error.staleData");
            }
            if (e instanceof AccessDeniedException || e instanceof AuthorizationDeniedException) {
                return t.translate("error.accessDenied");
            }
            if (e instanceof java.sql.SQLTransientConnectionException) {
                // the connection pool had no free connection in time (issue 15): say so, it is still logged
                return t.translate("error.busy");
            }
            if (e instanceof ConstraintViolationException cve) {
                return cve.getConstraintViolations().stream()
                        .map(v -> violation(v, t))
                        .sorted()
                        .collect(Collectors.joining("; "));
            }
        }
        return t.translate("error.unexpected");
    }

    /** True if the failure is expected (the user can act on it) and need not be logged as an error. */
    public static boolean isExpected(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof UserFacingException || e instanceof OptimisticLockingFailureException
                    || e instanceof AccessDeniedException || e instanceof AuthorizationDeniedException
                    || e instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments with every {@link FieldName} replaced by the field's name in the user's language, and every
     * {@link UserFacingException} (a refusal quoted in a larger message, "Line 3: Title is required") by its text.
     */
    public static Object[] arguments(Object[] args, Translator t) {
        if (args == null) {
            return new Object[0];
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof FieldName field) {
                shown[i] = t.translate(field.key());
            } else if (shown[i] instanceof UserFacingException inner) {
                shown[i] = t.translate(inner.getMessageKey(), arguments(inner.getArgs(), t));
            }
        }
        return shown;
    }

    /**
     * A Bean Validation refusal in the words a service uses for the same rule ({@link SafeText.Problem}): "Tittel må
     * fylles ut". The field's name comes from the key {@code a11y.field.<property>}; without such a key the message
     * is said without it, so a Java property name ("description") never reaches a Norwegian screen.
     */
    private static String violation(ConstraintViolation<?> v, Translator t) {
        String label = fieldLabel(v.getPropertyPath(), t);
        SafeText.Problem problem = problemOf(v.getMessageTemplate());
        Object max = v.getConstraintDescriptor().getAttributes().get("max");
        // a @Size refusal of a text that is too short is not "too long": it keeps its own message
        boolean notTooLong = problem == SafeText.Problem.TOO_LONG && !(v.getInvalidValue() instanceof CharSequence text
                && max instanceof Integer limit && text.length() > limit);
        if (label != null && problem != null && !notTooLong) {
            return t.translate(problem.namedKey(), label, max);
        }
        return (label == null ? "" : label + ": ") + translateTemplate(v.getMessageTemplate(), t);
    }

    private static SafeText.Problem problemOf(String template) {
        return switch (template) {
            case "{jakarta.validation.constraints.NotBlank.message}",
                    "{jakarta.validation.constraints.NotNull.message}",
                    "{jakarta.validation.constraints.NotEmpty.message}",
                    "{validation.required}" -> SafeText.Problem.EMPTY;
            case "{jakarta.validation.constraints.Size.message}", "{validation.tooLong}" -> SafeText.Problem.TOO_LONG;
            case "{validation.noMarkup}" -> SafeText.Problem.MARKUP;
            default -> null;
        };
    }

    private static String fieldLabel(jakarta.validation.Path path, Translator t) {
        String property = null;
        for (jakarta.validation.Path.Node node : path) {
            property = node.getName();
        }
        if (property == null || property.isBlank()) {
            return null;
        }
        String label = t.translate("a11y.field." + property);
        return label == null || label.startsWith("!") || label.startsWith("a11y.field.") ? null : label;
    }

    private static String translateTemplate(String template, Translator t) {
        if (template.startsWith("{validation.")) {
            return t.translate(template.substring(1, template.length() - 1));
        }
        if (template.startsWith("{jakarta.validation.constraints.")) {
            String name = template.substring("{jakarta.validation.constraints.".length(), template.indexOf(".message"));
            return t.translate("validation." + name);
        }
        return template;
    }

    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }
}
