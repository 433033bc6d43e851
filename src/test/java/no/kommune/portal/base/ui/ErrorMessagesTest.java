package no.kommune.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import no.kommune.portal.base.FieldName;
import no.kommune.portal.base.NoMarkup;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

/** Issue 11 item 7: a validation message from a service names the field in the user's words, never in Java's. */
class ErrorMessagesTest {

    record Form(@NotBlank String description, @NotBlank String internalFlag) {
    }

    private final PortalI18NProvider i18n = new PortalI18NProvider();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private String describe(java.util.Locale locale) {
        var violations = validator.validate(new Form("", ""));
        return ErrorMessages.describe(new ConstraintViolationException(violations),
                (key, args) -> i18n.getTranslation(key, locale, args));
    }

    @Test
    void bokmal_message_names_the_field_in_norwegian_and_shows_no_property_name() {
        String message = describe(PortalI18NProvider.BOKMAL);

        assertThat(message).contains("Beskrivelse må fylles ut");
        assertThat(message).doesNotContain("description").doesNotContain("internalFlag")
                .doesNotContain("must not be blank");
    }

    @Test
    void english_message_names_the_field_in_english() {
        assertThat(describe(PortalI18NProvider.ENGLISH)).contains("Description is required");
    }

    @Test
    void a_bean_validation_refusal_says_what_a_service_says_for_the_same_rule() {
        record Named(@jakarta.validation.constraints.Size(max = 5) String name, @NoMarkup String comment) {
        }
        var violations = validator.validate(new Named("Seks tegn", "<b>x</b>"));
        String message = ErrorMessages.describe(new ConstraintViolationException(violations),
                (key, args) -> i18n.getTranslation(key, PortalI18NProvider.ENGLISH, args));

        assertThat(message).isEqualTo("Comment cannot contain HTML or script; Name cannot be longer than 5 characters");
    }

    @Test
    void a_field_name_argument_is_translated_and_a_quoted_refusal_is_said_in_full() {
        var refusal = new UserFacingException("validation.field.required", new FieldName("a11y.field.title"), 500);
        var row = new UserFacingException("decisions.cases.error.row", 3, refusal);

        assertThat(ErrorMessages.describe(row,
                (key, args) -> i18n.getTranslation(key, PortalI18NProvider.ENGLISH, args)))
                .isEqualTo("Line 3: Title is required. Nothing was imported.");
        assertThat(ErrorMessages.describe(refusal, (key, args) -> i18n.getTranslation(key, PortalI18NProvider.BOKMAL,
                args))).isEqualTo("Tittel må fylles ut");
    }
}
