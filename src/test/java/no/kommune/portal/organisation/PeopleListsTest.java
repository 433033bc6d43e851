package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lists of people (decision 025): the pickers and the administrators' user list page by offset, in name order
 * with the id deciding between equal names; an offset that is not a multiple of the limit returns the rows from
 * that offset (the pickers used to turn it into a page number).
 */
class PeopleListsTest extends ServiceTest {

    @Autowired OrganisationService organisation;
    @Autowired OrgChartService orgChart;
    @Autowired ReceiverGroupService receivers;
    @Autowired UserAdminService admin;
    @Autowired UserAccountRepository users;

    private String token;
    private UserAccount a;
    private UserAccount b;
    private UserAccount bb;
    private UserAccount c1;
    private UserAccount c2;
    private UserAccount cc;
    private UserAccount d;
    private UserAccount e;
    private UserAccount f;

    @BeforeEach
    void people() {
        // every name starts with the same unique token, so the order is decided by the lower-case suffix
        token = OrgFixtures.unique("plukk");
        a = person("a", "a");
        b = person("b", "b");
        bb = person("bb", "bb");
        bb.setActive(false);
        bb = users.save(bb);
        c1 = person("c1", "c");
        c2 = person("c2", "c"); // the same full name as c1: the id decides
        cc = person("cc", "cc");
        cc.setRoles(Set.of(Roles.WHISTLEBLOWING_RECEIVER));
        cc = users.save(cc);
        d = person("d", "d");
        e = person("e", "e");
        f = person("f", "f");
    }

    private UserAccount person(String username, String name) {
        return users.save(new UserAccount(token + "-" + username, token + " " + name));
    }

    private static List<Long> ids(UserAccount... accounts) {
        return java.util.Arrays.stream(accounts).map(UserAccount::getId).toList();
    }

    @Test
    void the_people_picker_pages_active_people_by_name_from_any_offset() {
        TestSecurity.runAs("leder-plukk", Roles.LEADER);

        assertThat(organisation.searchPeople(token, 0, 50)).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(a, b, c1, c2, cc, d, e, f));
        // offset 3, limit 2: rows 3 and 4 (as page number 1 of size 2 it would have been rows 2 and 3)
        assertThat(organisation.searchPeople(token, 3, 2)).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(c2, cc));
        assertThat(organisation.searchPeople(token.toUpperCase() + " C", 1, 5)).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(c2, cc));
        assertThat(organisation.searchPeople(token, 8, 2)).isEmpty();
    }

    @Test
    void the_leader_picker_of_the_org_chart_pages_the_same_way() {
        TestSecurity.runAs("admin-plukk", Roles.ADMIN);

        assertThat(orgChart.people(token, 5, 2)).extracting(OrgChartService.Person::id)
                .containsExactlyElementsOf(ids(d, e));
        assertThat(orgChart.people(token, 7, 3)).extracting(OrgChartService.Person::id)
                .containsExactlyElementsOf(ids(f));

        TestSecurity.runAs("leder-plukk", Roles.LEADER);
        assertThatThrownBy(() -> orgChart.people(token, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void receiver_candidates_leave_out_receivers_before_the_page_is_cut() {
        TestSecurity.runAs(cc.getUsername(), Roles.WHISTLEBLOWING_RECEIVER);

        assertThat(receivers.candidates(token, 0, 50)).extracting(ReceiverGroupService.Candidate::id)
                .containsExactlyElementsOf(ids(a, b, c1, c2, d, e, f));
        // the receiver cc no longer takes a place in the page: offset 3 is c2, then d
        assertThat(receivers.candidates(token, 3, 2)).extracting(ReceiverGroupService.Candidate::id)
                .containsExactlyElementsOf(ids(c2, d));
    }

    @Test
    void the_user_list_pages_by_offset_and_sorts_by_the_column_asked_for_then_name_and_id() {
        TestSecurity.runAs("admin-plukk", Roles.ADMIN);
        UserAdminService.Filter active = new UserAdminService.Filter(token, null, false);
        UserAdminService.Filter all = new UserAdminService.Filter(token, null, true);

        assertThat(admin.count(active)).isEqualTo(8);
        assertThat(admin.count(all)).isEqualTo(9);
        assertThat(admin.page(active, PageSlice.of(0, 20))).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(a, b, c1, c2, cc, d, e, f));
        assertThat(admin.page(active, PageSlice.of(1, 3))).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(b, c1, c2));
        assertThat(admin.page(all, PageSlice.of(2, 3))).extracting(UserAccount::getId)
                .containsExactlyElementsOf(ids(bb, c1, c2));
        assertThat(admin.page(all, PageSlice.of(0, 4).sortedBy(PageSlice.SortBy.desc("username"))))
                .extracting(UserAccount::getId).containsExactlyElementsOf(ids(f, e, d, cc));
        assertThat(admin.page(new UserAdminService.Filter(token, Roles.WHISTLEBLOWING_RECEIVER, false),
                PageSlice.of(0, 10))).extracting(UserAccount::getId).containsExactly(cc.getId());
        assertThatThrownBy(() -> admin.page(active, PageSlice.of(0, 5).sortedBy(PageSlice.SortBy.asc("passwordHash"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
