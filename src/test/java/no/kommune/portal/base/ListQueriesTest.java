package no.kommune.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared list helper against the embedded MariaDB: count, page, order with tie-breaker, deep offset, fetch joins
 * and projections.
 */
class ListQueriesTest extends ServiceTest {

    private static final int ROWS = 23;

    @Autowired ListQueries lists;
    @Autowired OrgFixtures org;
    @Autowired EntityManagerFactory emf;

    private OrgUnit area;
    private List<OrgUnit> units;

    @BeforeEach
    void rows() {
        area = org.unit(OrgFixtures.unique("Lister"), OrgUnitType.SERVICE_AREA, org.municipality());
        units = new ArrayList<>();
        // inserted out of name order (the fixture makes each name unique by a suffix)
        for (int i = ROWS - 2; i >= 0; i--) {
            units.add(org.unit(String.format("u-%02d", i), OrgUnitType.UNIT, area));
        }
        units.add(org.unit("u-07", OrgUnitType.UNIT, area));
    }

    private ListQueries.Where<OrgUnit> inArea() {
        return (u, query, cb) -> cb.equal(u.get("parent").get("id"), area.getId());
    }

    /** Name descending, then id descending: the id makes the order total. */
    private static ListQueries.OrderBy<OrgUnit> byNameDesc() {
        return (u, cb) -> List.of(cb.desc(u.get("name")), cb.desc(u.get("id")));
    }

    private List<Long> expectedIds() {
        return units.stream().sorted(Comparator.comparing(OrgUnit::getName).thenComparing(OrgUnit::getId).reversed())
                .map(OrgUnit::getId).toList();
    }

    @Test
    void countsOnlyTheMatchingRows() {
        assertThat(lists.count(OrgUnit.class, inArea())).isEqualTo(ROWS);
        assertThat(lists.count(OrgUnit.class, (u, query, cb) -> cb.and(inArea().where(u, query, cb),
                cb.like(u.get("name"), "u-07-%")))).isEqualTo(2);
    }

    @Test
    void pagesFollowTheOrderAndNeverOverlap() {
        List<Long> all = new ArrayList<>();
        for (int offset = 0; offset < ROWS + 10; offset += 10) {
            lists.page(OrgUnit.class, inArea(), byNameDesc(), PageSlice.of(offset, 10)).stream()
                    .map(OrgUnit::getId).forEach(all::add);
        }
        assertThat(all).containsExactlyElementsOf(expectedIds());
    }

    @Test
    void theIdMakesAnOrderWithTiesTotal() {
        // every row has the same type: only the tie-breaker decides, and the pages still cover each row once
        ListQueries.OrderBy<OrgUnit> byType = (u, cb) -> List.of(cb.asc(u.get("type")), cb.asc(u.get("id")));
        List<Long> all = new ArrayList<>();
        for (int offset = 0; offset < ROWS; offset += 5) {
            lists.page(OrgUnit.class, inArea(), byType, offset, 5).stream().map(OrgUnit::getId).forEach(all::add);
        }
        assertThat(all).containsExactlyElementsOf(units.stream().map(OrgUnit::getId).sorted().toList());
    }

    @Test
    void deepOffsetReturnsTheTailAndPastTheEndNothing() {
        assertThat(lists.page(OrgUnit.class, inArea(), byNameDesc(), 20, 10)).extracting(OrgUnit::getId)
                .containsExactlyElementsOf(expectedIds().subList(20, ROWS));
        assertThat(lists.page(OrgUnit.class, inArea(), byNameDesc(), ROWS, 10)).isEmpty();
        assertThat(lists.page(OrgUnit.class, inArea(), byNameDesc(), 0, 0)).isEmpty();
    }

    @Test
    void idsFirstThenFetchKeepsTheOrderAndLoadsTheFetchedAssociation() {
        for (int offset : new int[] {0, 10, 20}) {
            List<OrgUnit> page = lists.pageByIds(OrgUnit.class, inArea(), byNameDesc(), offset, 10,
                    u -> u.fetch("parent", JoinType.LEFT));
            assertThat(page).extracting(OrgUnit::getId)
                    .containsExactlyElementsOf(expectedIds().subList(offset, Math.min(ROWS, offset + 10)));
            assertThat(page).allSatisfy(u -> assertThat(emf.getPersistenceUnitUtil().isLoaded(u, "parent"))
                    .isTrue());
        }
        assertThat(lists.pageByIds(OrgUnit.class, inArea(), byNameDesc(), ROWS, 10, u -> { })).isEmpty();
    }

    @Test
    void aPageWithFetchJoinsLoadsTheAssociationInTheSameOrder() {
        List<OrgUnit> page = lists.page(OrgUnit.class, inArea(), byNameDesc(), 7, 10, u -> u.fetch("parent"));
        assertThat(page).extracting(OrgUnit::getId).containsExactlyElementsOf(expectedIds().subList(7, 17));
        assertThat(page).allSatisfy(u -> assertThat(emf.getPersistenceUnitUtil().isLoaded(u, "parent")).isTrue());
    }

    /** A projection of a unit: its name and the number of units directly below it (a correlated count). */
    record UnitWithChildren(Long id, String name, long children) {
    }

    private static ListQueries.Select<OrgUnit, UnitWithChildren> withChildren() {
        return (u, query, cb) -> {
            Subquery<Long> children = query.subquery(Long.class);
            Root<OrgUnit> child = children.from(OrgUnit.class);
            children.select(cb.count(child)).where(cb.equal(child.get("parent"), u));
            return cb.construct(UnitWithChildren.class, u.get("id"), u.get("name"), children);
        };
    }

    @Test
    void aProjectionPagesWithTheSameWhereOrderAndOffsetAsWholeRows() {
        // two departments below the first unit of the order (not in the area themselves), none below the others
        OrgUnit first = units.stream().filter(u -> u.getId().equals(expectedIds().getFirst())).findFirst().orElseThrow();
        org.unit("under-a", OrgUnitType.DEPARTMENT, first);
        org.unit("under-b", OrgUnitType.DEPARTMENT, first);

        List<UnitWithChildren> all = lists.page(OrgUnit.class, UnitWithChildren.class, withChildren(), inArea(),
                byNameDesc(), 0, 100);
        assertThat(all).extracting(UnitWithChildren::id).containsExactlyElementsOf(expectedIds());
        assertThat(all.getFirst().children()).isEqualTo(2);
        assertThat(all.subList(1, ROWS)).allSatisfy(row -> assertThat(row.children()).isZero());
        assertThat(lists.count(OrgUnit.class, inArea())).isEqualTo(ROWS);

        // an offset that is not a multiple of the limit
        assertThat(lists.page(OrgUnit.class, UnitWithChildren.class, withChildren(), inArea(), byNameDesc(), 3, 4))
                .containsExactlyElementsOf(all.subList(3, 7));
        assertThat(lists.page(OrgUnit.class, UnitWithChildren.class, withChildren(), inArea(), byNameDesc(), ROWS, 4))
                .isEmpty();
        assertThat(lists.page(OrgUnit.class, UnitWithChildren.class, withChildren(), inArea(), byNameDesc(), 0, 0))
                .isEmpty();
    }

    @Test
    void aTupleProjectionWorksToo() {
        List<Tuple> page = lists.page(OrgUnit.class, Tuple.class,
                (u, query, cb) -> cb.tuple(u.get("id").alias("id"), u.get("name").alias("name")), inArea(),
                byNameDesc(), 10, 5);
        assertThat(page).extracting(t -> t.get("id", Long.class))
                .containsExactlyElementsOf(expectedIds().subList(10, 15));
    }
}
