package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Production must bring its own pepper: a portal with the public development pepper refuses to start. */
class ReceiptCodesTest {

    @Test
    void without_a_pepper_the_portal_refuses_to_start_unless_it_is_a_demo_or_test_run() {
        assertThatThrownBy(() -> new ReceiptCodes("", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portal.whistleblowing.pepper");
        assertThat(new ReceiptCodes("", true).generate()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(new ReceiptCodes("a-long-production-secret", false).generate()).hasSize(19);
    }
}
