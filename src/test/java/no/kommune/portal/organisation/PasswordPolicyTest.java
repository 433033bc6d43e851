package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.base.UserFacingException;
import org.junit.jupiter.api.Test;

/** Issue 9 item 6: at least 12 characters, at most 72 bytes (bcrypt), not one of the 10 000 most common. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void ships_the_list_of_ten_thousand_common_passwords() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(9_900).isLessThanOrEqualTo(10_000);
    }

    @Test
    void refuses_short_passwords() {
        assertThatThrownBy(() -> policy.check("elleve-tegn")).isInstanceOf(UserFacingException.class)
                .hasMessage("users.error.passwordTooShort");
        assertThatThrownBy(() -> policy.check(null)).hasMessage("users.error.passwordTooShort");
        assertThatThrownBy(() -> policy.check("")).hasMessage("users.error.passwordTooShort");
    }

    @Test
    void refuses_common_passwords_whatever_their_case() {
        assertThatThrownBy(() -> policy.check("1q2w3e4r5t6y")).hasMessage("users.error.passwordCommon");
        assertThatThrownBy(() -> policy.check("QWERTY123456")).hasMessage("users.error.passwordCommon");
    }

    @Test
    void refuses_more_than_72_bytes_counting_norwegian_letters_as_two() {
        assertThatCode(() -> policy.check("a".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("a".repeat(73))).hasMessage("users.error.passwordTooLong");
        assertThatThrownBy(() -> policy.check("æ".repeat(37))).as("74 bytes in UTF-8")
                .hasMessage("users.error.passwordTooLong");
    }

    @Test
    void accepts_a_long_uncommon_passphrase() {
        assertThatCode(() -> policy.check("korrekt hest batteri stift")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("blåbærsyltetøy")).as("14 characters, 17 bytes").doesNotThrowAnyException();
    }
}
