package no.kommune.portal.supervisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 item 8: a supervision's deadline change leaves a trace (old → new) with the person's name. */
class SupervisionHistoryTest extends ServiceTest {

    @Autowired SupervisionService service;
    @Autowired OrgFixtures org;

    @Test
    void a_deadline_change_is_a_history_row_with_old_and_new_deadline_and_the_persons_name() {
        OrgUnit helse = org.unit("Helse", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount quality = org.user("kvalitet", Roles.QUALITY);
        String sector = OrgFixtures.unique("Sektor");
        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        SupervisionRow row = service.create(SupervisionDraft.of(2025, sector, "Arbeidstilsynet", "Renhold",
                "Mangler risikovurdering", "16.06.2025", "Plan sendt").withUnit(helse.getId()));

        SupervisionRow moved = service.update(row.id(), row.version(), SupervisionDraft.of(2025, sector,
                "Arbeidstilsynet", "Renhold", "Mangler risikovurdering", "01.09.2025", "Plan sendt")
                .withUnit(helse.getId()));
        SupervisionRow unchanged = service.update(row.id(), moved.version(), SupervisionDraft.of(2025, sector,
                "Arbeidstilsynet", "Renhold", "Mangler risikovurdering", "01.09.2025", "Plan sendt")
                .withUnit(helse.getId()));

        List<SupervisionService.HistoryLine> history = service.detail(unchanged.id()).history();
        assertThat(history).extracting(SupervisionService.HistoryLine::kind).containsExactly(
                SupervisionEvent.Kind.CREATED, SupervisionEvent.Kind.EDITED, SupervisionEvent.Kind.EDITED);
        SupervisionService.HistoryLine deadlineMoved = history.get(1);
        assertThat(deadlineMoved.comment()).isEqualTo("Frist lukking: 16.06.2025 → 01.09.2025");
        assertThat(deadlineMoved.who()).isEqualTo(quality.getFullName());
        assertThat(history.get(0).who()).isEqualTo(quality.getFullName());
        assertThat(history.get(2).comment()).as("a save without changes names none").isNull();
    }

    @Test
    void an_english_screen_shows_the_changed_fields_by_their_english_labels_and_the_values_as_typed() {
        ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/supervisions", Locale.ENGLISH);
        String stored = "Frist lukking: 16.06.2025 → 01.09.2025; Tema: Renhold → Tema: renhold; Enhet: – → Helse";

        assertThat(SupervisionChanges.localize(stored, english::getString)).isEqualTo(
                "Deadline for closing: 16.06.2025 → 01.09.2025; Service/supervision area: Renhold → Tema: renhold;"
                        + " Unit: – → Helse");
        ResourceBundle bokmal = ResourceBundle.getBundle("vaadin-i18n/supervisions", Locale.ROOT);
        assertThat(SupervisionChanges.localize(stored, bokmal::getString)).as("bokmål reads as stored")
                .isEqualTo(stored);
        assertThat(SupervisionChanges.localize(null, english::getString)).isEmpty();
    }
}
