package no.kommune.portal.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import no.kommune.portal.base.SafeText;

/**
 * Field validators shared by all forms, with translated messages. They apply the rules the services apply
 * ({@link SafeText#problem}), so a form refuses exactly what its service would, and says so beside the field.
 */
public final class Validators {

    private Validators() {
    }

    public static Validator<String> maxLength(int max) {
        return only(SafeText.Problem.TOO_LONG, max);
    }

    public static Validator<String> noMarkup() {
        return only(SafeText.Problem.MARKUP, Integer.MAX_VALUE);
    }

    /** The checks every free-text field needs: within {@code max} once stripped, and no markup. */
    public static Validator<String> text(int max) {
        return (value, context) -> result(SafeText.problem(value, max, false), max, context);
    }

    private static Validator<String> only(SafeText.Problem wanted, int max) {
        return (value, context) -> {
            SafeText.Problem problem = SafeText.problem(value, max, false);
            return result(problem == wanted ? problem : null, max, context);
        };
    }

    private static ValidationResult result(SafeText.Problem problem, int max, ValueContext context) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(translate(context, problem.key(), max));
    }

    private static String translate(ValueContext context, String key, Object... args) {
        return context.getComponent()
                .map(c -> c.getTranslation(key, args))
                .orElse(key);
    }
}
