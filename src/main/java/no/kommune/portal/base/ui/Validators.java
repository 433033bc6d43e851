package no.kommune.portal.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import no.kommune.portal.base.SafeText;

/** Field validators shared by all forms, with translated messages. */
public final class Validators {

    private Validators() {
    }

    public static Validator<String> maxLength(int max) {
        return (value, context) -> value != null && value.length() > max
                ? ValidationResult.error(translate(context, "validation.tooLong", max))
                : ValidationResult.ok();
    }

    public static Validator<String> noMarkup() {
        return (value, context) -> SafeText.containsMarkup(value)
                ? ValidationResult.error(translate(context, "validation.noMarkup"))
                : ValidationResult.ok();
    }

    /** Both checks every free-text field needs. */
    public static Validator<String> text(int max) {
        Validator<String> length = maxLength(max);
        Validator<String> markup = noMarkup();
        return (value, context) -> {
            ValidationResult first = length.apply(value, context);
            return first.isError() ? first : markup.apply(value, context);
        };
    }

    private static String translate(ValueContext context, String key, Object... args) {
        return context.getComponent()
                .map(c -> c.getTranslation(key, args))
                .orElse(key);
    }
}
