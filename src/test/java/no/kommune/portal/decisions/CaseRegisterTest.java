package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The case register holds every row of the seeds' case lists (council_cases.csv). */
class CaseRegisterTest extends ServiceTest {

    @Autowired CaseRegister register;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures decisions;

    private static byte[] councilCases() throws IOException {
        try (InputStream in = CaseRegisterTest.class.getResourceAsStream("/demo/council_cases.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void all_175_cases_import_once_with_the_year_and_case_numbers_as_printed() throws Exception {
        PoliticalBody council = org.body("Kommunestyret", BodyType.COUNCIL, org.municipality());
        TestSecurity.runAs("direktor-saker", Roles.MANAGEMENT);

        assertThat(register.importCaseList(councilCases(), "council_cases.csv", council.getId())).isEqualTo(175);
        assertThat(register.importCaseList(councilCases(), "council_cases.csv", council.getId())).isZero();

        CaseRegister.Filter all = new CaseRegister.Filter(council.getId(), null, null);
        assertThat(register.count(all)).isEqualTo(175);
        assertThat(register.count(new CaseRegister.Filter(council.getId(), 2021, null))).isEqualTo(82);
        assertThat(register.count(new CaseRegister.Filter(council.getId(), 2025, null))).isEqualTo(93);
        assertThat(register.page(new CaseRegister.Filter(council.getId(), null, "valgstyre"), 0, 10))
                .anySatisfy(c -> {
                    assertThat(c.caseNumbers()).isEqualTo("1/21");
                    assertThat(c.title()).isEqualTo("VALG AV VALGSTYRE, STORTINGS- OG SAMETINGSVALGET 2021");
                    assertThat(c.mandates()).isZero();
                });

        TestSecurity.runAs("politiker-saker", Roles.POLITICIAN);
        assertThat(register.count(all)).as("politicians read the register").isEqualTo(175);
    }

    @Test
    void the_list_runs_newest_year_first_then_body_then_id_counts_mandates_and_pages_by_offset() {
        PoliticalBody formannskapet = org.body("Formannskapet", BodyType.COUNCIL, org.municipality());
        PoliticalBody kommunestyret = org.body("Kommunestyret", BodyType.COUNCIL, org.municipality());
        String token = OrgFixtures.unique("sak");
        TestSecurity.runAs("direktor-saker", Roles.MANAGEMENT);
        register.importCaseList(csv(token, "1/24", "2/25", "3/25"), "saker.csv", formannskapet.getId());
        register.importCaseList(csv(token, "4/25", "5/24"), "saker.csv", kommunestyret.getId());
        decisions.mandateInCase(kommunestyret, "6/25", token + " med oppdrag");

        TestSecurity.runAs("politiker-saker", Roles.POLITICIAN);
        CaseRegister.Filter mine = new CaseRegister.Filter(null, null, token);
        List<CaseRow> all = register.page(mine, 0, 50);
        assertThat(all).extracting(CaseRow::caseNumbers).containsExactly("2/25", "3/25", "4/25", "6/25", "1/24", "5/24");
        assertThat(all).extracting(CaseRow::mandates).containsExactly(0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(all.getFirst().bodyName()).isEqualTo(formannskapet.getName());
        assertThat(all.getFirst().year()).isEqualTo(2025);
        assertThat(register.count(mine)).isEqualTo(6);
        // an offset that is not a multiple of the limit
        assertThat(register.page(mine, 2, 3)).containsExactlyElementsOf(all.subList(2, 5));
        assertThat(register.page(mine, 5, 3)).containsExactlyElementsOf(all.subList(5, 6));

        CaseRegister.Filter of2024 = new CaseRegister.Filter(null, 2024, token);
        assertThat(register.page(of2024, 0, 10)).extracting(CaseRow::caseNumbers).containsExactly("1/24", "5/24");
        assertThat(register.count(of2024)).isEqualTo(2);
        CaseRegister.Filter ofKommunestyret = new CaseRegister.Filter(kommunestyret.getId(), null, null);
        assertThat(register.page(ofKommunestyret, 0, 10)).extracting(CaseRow::caseNumbers)
                .containsExactly("4/25", "6/25", "5/24");
        assertThat(register.count(ofKommunestyret)).isEqualTo(3);
        assertThat(register.page(new CaseRegister.Filter(null, null, "6/25 "), 0, 50)).extracting(CaseRow::id)
                .contains(all.get(3).id());
    }

    private static byte[] csv(String token, String... caseNumbers) {
        StringBuilder csv = new StringBuilder("case_number,title\n");
        for (String caseNumber : caseNumbers) {
            csv.append(caseNumber).append(',').append(token).append(" sak ").append(caseNumber.replace('/', '-'))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_bad_row_imports_nothing_and_says_which_line() {
        PoliticalBody council = org.body("Formannskapet", BodyType.COUNCIL, org.municipality());
        TestSecurity.runAs("direktor-saker", Roles.MANAGEMENT);
        String csv = "case_number,title\n12/21,Budsjett 2022\n13/21,<script>alert(1)</script>\n";

        assertThatThrownBy(() -> register.importCaseList(csv.getBytes(StandardCharsets.UTF_8), "saker.csv",
                council.getId())).isInstanceOf(UserFacingException.class).hasMessage("decisions.cases.error.row")
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Line 3: Title of the decision cannot contain HTML or script. Nothing was imported."));
        assertThatThrownBy(() -> register.importCaseList("case_number,title\nSAK,Uten år\n"
                .getBytes(StandardCharsets.UTF_8), "saker.csv", council.getId()))
                .hasMessage("decisions.cases.error.year");
        assertThat(register.count(new CaseRegister.Filter(council.getId(), null, null))).isZero();
    }

    @Test
    void only_management_imports_case_lists() {
        TestSecurity.runAs("leder-saker", Roles.LEADER);
        assertThatThrownBy(() -> register.importCaseList(councilCases(), "council_cases.csv", 1L))
                .isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("ansatt-saker", Roles.EMPLOYEE);
        assertThatThrownBy(() -> register.count(new CaseRegister.Filter(null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
