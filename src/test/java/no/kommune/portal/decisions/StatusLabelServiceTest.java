package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The municipality's status words: made, renamed, reordered and taken out of use from the UI, never deleted, and
 * never so that a state is left without a status leaders can choose. Labels made here are taken out of use again
 * afterwards, because other tests read the labels in use.
 */
class StatusLabelServiceTest extends ServiceTest {

    private static int next = 1;

    @Autowired StatusLabelService labels;
    @Autowired FollowUpService followUp;

    private final List<Long> made = new java.util.ArrayList<>();

    private StatusLabel make(String text, MandateState state) {
        StatusLabel label = labels.create(text, state);
        made.add(label.getId());
        return label;
    }

    @AfterEach
    void takeOutWhatWasMade() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        for (StatusLabel label : labels.all()) {
            if (made.contains(label.getId()) && label.isActive()) {
                labels.setInUse(label.getId(), label.getVersion(), false);
            }
        }
    }

    @Test
    void management_adds_a_status_and_leaders_can_choose_it_at_the_end_of_the_list() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        String text = "Under utredning " + next++;

        StatusLabel label = make("  " + text + " ", MandateState.ON_TRACK);

        assertThat(label.getLabel()).as("stripped").isEqualTo(text);
        assertThat(label.getState()).isEqualTo(MandateState.ON_TRACK);
        assertThat(followUp.statusLabels().getLast().getId()).isEqualTo(label.getId());
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_stored() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        int before = labels.all().size();

        assertThatThrownBy(() -> labels.create("", MandateState.OPEN)).isInstanceOf(UserFacingException.class)
                .hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Status is required"));
        assertThatThrownBy(() -> labels.create("x".repeat(101), MandateState.OPEN))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> labels.create("<script>alert(1)</script>", MandateState.OPEN))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> labels.create("iht. PLAN", MandateState.ON_TRACK)).as("a name taken, any case")
                .isInstanceOf(UserFacingException.class).hasMessage("decisions.labels.error.taken");
        assertThatThrownBy(() -> labels.create("Uten tilstand", null)).isInstanceOf(UserFacingException.class)
                .hasMessage("decisions.labels.error.stateRequired");

        assertThat(labels.all()).hasSize(before);
    }

    @Test
    void a_status_is_renamed_and_a_stale_rename_is_refused() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        StatusLabel label = make("Påbegynt " + next++, MandateState.ON_TRACK);
        long stale = label.getVersion();

        StatusLabel renamed = labels.rename(label.getId(), stale, "Godt i gang " + next++);

        assertThat(labels.all()).filteredOn(l -> l.getId().equals(label.getId())).singleElement()
                .extracting(StatusLabel::getLabel).isEqualTo(renamed.getLabel());
        assertThatThrownBy(() -> labels.rename(label.getId(), stale, "Noe annet"))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_status_moves_up_past_its_neighbour_and_the_others_keep_their_order() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        StatusLabel first = make("Først " + next++, MandateState.DELAYED);
        StatusLabel second = make("Deretter " + next++, MandateState.DELAYED);
        List<Long> before = labels.all().stream().map(StatusLabel::getId).toList();

        labels.move(second.getId(), -1);

        List<Long> after = labels.all().stream().map(StatusLabel::getId).toList();
        assertThat(after.indexOf(second.getId())).isLessThan(after.indexOf(first.getId()));
        assertThat(after.stream().filter(id -> !id.equals(first.getId()) && !id.equals(second.getId())).toList())
                .isEqualTo(before.stream().filter(id -> !id.equals(first.getId()) && !id.equals(second.getId())).toList());
    }

    @Test
    void the_last_status_of_a_state_cannot_be_taken_out_of_use_but_a_second_one_can() {
        TestSecurity.runAs("direktor-statuser", Roles.MANAGEMENT);
        StatusLabel onlyOne = labels.all().stream().filter(StatusLabel::isActive)
                .filter(l -> labels.all().stream().filter(o -> o.isActive() && o.getState() == l.getState()).count() == 1)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> labels.setInUse(onlyOne.getId(), onlyOne.getVersion(), false))
                .isInstanceOf(UserFacingException.class).hasMessage("decisions.labels.error.lastOfState");

        StatusLabel another = make("Også " + onlyOne.getLabel() + " " + next++, onlyOne.getState());
        StatusLabel out = labels.setInUse(another.getId(), another.getVersion(), false);
        assertThat(out.isActive()).isFalse();
        assertThat(followUp.statusLabels()).extracting(StatusLabel::getId).doesNotContain(another.getId());
        assertThat(labels.all()).as("kept, not deleted").extracting(StatusLabel::getId).contains(another.getId());
    }

    @Test
    void leaders_and_politicians_cannot_change_the_statuses() {
        for (String role : List.of(Roles.LEADER, Roles.POLITICIAN, Roles.EMPLOYEE, Roles.QUALITY)) {
            TestSecurity.runAs("uten-rett", role);
            assertThatThrownBy(() -> labels.create("Ulovlig", MandateState.OPEN)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> labels.all()).as(role).isInstanceOf(AccessDeniedException.class);
        }
        TestSecurity.runAs("admin-statuser", Roles.ADMIN);
        assertThat(labels.all()).isNotEmpty();
    }
}
