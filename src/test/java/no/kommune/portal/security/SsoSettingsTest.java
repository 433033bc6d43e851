package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.kommune.portal.organisation.Roles;
import org.junit.jupiter.api.Test;

/** Issue 12: the claim-to-role mapping from configuration, and what it never does. */
class SsoSettingsTest {

    private final SsoSettings settings = new SsoSettings("groups", Map.of(
            "a1b2-leaders", Roles.LEADER, "c3d4-quality", Roles.QUALITY, "e5f6-receivers", Roles.WHISTLEBLOWING_RECEIVER,
            "g7h8-typo", "LEDER"), false, null);

    @Test
    void claim_values_become_the_mapped_portal_roles_and_unmapped_values_give_none() {
        assertThat(settings.rolesFrom(List.of("a1b2-leaders", "c3d4-quality", "some-other-group")))
                .containsExactlyInAnyOrder(Roles.LEADER, Roles.QUALITY);
        assertThat(settings.rolesFrom("a1b2-leaders")).as("a single value").containsExactly(Roles.LEADER);
        assertThat(settings.rolesFrom(null)).isEmpty();
    }

    @Test
    void the_receiver_role_and_misspelt_roles_are_never_granted_from_a_claim() {
        assertThat(settings.rolesFrom(List.of("e5f6-receivers", "g7h8-typo"))).isEmpty();
    }

    @Test
    void defaults_are_the_roles_claim_and_local_login_on() {
        SsoSettings defaults = new SsoSettings(null, null, false, null);
        assertThat(defaults.rolesClaim()).isEqualTo("roles");
        assertThat(defaults.localLoginEnabled()).isTrue();
        assertThat(defaults.roleMapping()).isEmpty();
    }
}
