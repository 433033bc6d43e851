package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
