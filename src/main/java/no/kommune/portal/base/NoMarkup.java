package no.kommune.portal.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rejects text containing HTML/script tags; the message key is translated in the UI. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoMarkup.Validator.class)
public @interface NoMarkup {

    String message() default "{validation.noMarkup}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NoMarkup, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !SafeText.containsMarkup(value);
        }
    }
}
