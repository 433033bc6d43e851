package no.kommune.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
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

        assertThat(message).contains("Beskrivelse: Må fylles ut");
        assertThat(message).doesNotContain("description").doesNotContain("internalFlag")
                .doesNotContain("must not be blank");
    }

    @Test
    void english_message_names_the_field_in_english() {
        assertThat(describe(PortalI18NProvider.ENGLISH)).contains("Description: ");
    }
}
