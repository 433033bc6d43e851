package no.kommune.portal.base.ui;

import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
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
                return t.translate(ufe.getMessageKey(), ufe.getArgs());
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
                        .map(v -> fieldLabel(v.getPropertyPath(), t) + translateTemplate(v.getMessageTemplate(), t))
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
     * The field's name as the user knows it ("Tittel: "), from the key {@code a11y.field.<property>}; nothing
     * when there is no such key, so a Java property name ("description") never reaches a Norwegian screen.
     */
    private static String fieldLabel(jakarta.validation.Path path, Translator t) {
        String property = null;
        for (jakarta.validation.Path.Node node : path) {
            property = node.getName();
        }
        if (property == null || property.isBlank()) {
            return "";
        }
        String label = t.translate("a11y.field." + property);
        return label == null || label.startsWith("!") || label.startsWith("a11y.field.") ? "" : label + ": ";
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
