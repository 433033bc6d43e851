package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The acting identity wins over the signed-in user for what is recorded, and always ends with its work. */
class ActingIdentityTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recorded_name_is_the_acting_identity_while_the_work_runs_and_the_signed_in_user_after() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "kari", "n/a", List.of(new SimpleGrantedAuthority("ROLE_EMPLOYEE"))));
        assertThat(Auditor.currentUsername()).isEqualTo("kari");

        String inside = ActingIdentity.anonymous(Auditor::currentUsername);

        assertThat(inside).isEqualTo(Auditor.ANONYMOUS);
        assertThat(Auditor.currentUsername()).isEqualTo("kari");
        assertThat(ActingIdentity.current()).isEmpty();
    }

    @Test
    void scopes_nest_and_are_restored_also_when_the_work_fails() {
        String nested = ActingIdentity.as("system-import", () -> ActingIdentity.anonymous(Auditor::currentUsername)
                + "/" + Auditor.currentUsername());
        assertThat(nested).isEqualTo("anonym/system-import");

        assertThatThrownBy(() -> ActingIdentity.anonymous(() -> {
            throw new IllegalStateException("feilet");
        })).hasMessage("feilet");
        assertThat(ActingIdentity.current()).isEmpty();
        assertThatThrownBy(() -> ActingIdentity.as(" ", () -> 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
