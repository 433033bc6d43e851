package no.kommune.portal.decisions;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.OrganisationService;
import no.kommune.portal.organisation.PoliticalBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a political body has dealt with ("Behandlede saker"), whether or not they carry mandates: the
 * case lists the annual reports print (council_cases.csv). Imported from a file with the columns
 * {@code case_number} and {@code title} (and optionally {@code year}); all or nothing, and importing the same
 * list again creates nothing.
 */
@Service
@Transactional
public class CaseRegister {

    private static final Pattern YEAR_SUFFIX = Pattern.compile("/(\\d{2})\\b");

    /** What the case list shows; every field optional. */
    public record Filter(Long bodyId, Integer year, String text) {
    }

    private final DecisionRepository decisions;
    private final OrganisationService organisation;
    private final ListQueries lists;

    CaseRegister(DecisionRepository decisions, OrganisationService organisation, ListQueries lists) {
        this.decisions = decisions;
        this.organisation = organisation;
        this.lists = lists;
    }

    @PreAuthorize(FollowUpService.MANAGE)
    public int importCaseList(byte[] content, String fileName, Long bodyId) {
        PoliticalBody body = bodyId == null ? null : organisation.findBody(bodyId).orElse(null);
        if (body == null) {
            throw new UserFacingException("decisions.cases.error.bodyRequired");
        }
        List<TabularFile.Row> rows = TabularFile.read(content, fileName);
        if (rows.isEmpty() || !rows.getFirst().has("case_number") || !rows.getFirst().has("title")) {
            throw new UserFacingException("decisions.cases.error.columns");
        }
        List<Decision> toSave = new ArrayList<>();
        for (TabularFile.Row row : rows) {
            String caseNumber;
            String title;
            try {
                caseNumber = SafeText.required(row.get("case_number"), 200, "decisions.caseNumbers");
                title = SafeText.required(row.get("title"), TextLimits.TITLE, "decisions.decisionTitle");
            } catch (UserFacingException refused) {
                throw new UserFacingException("decisions.cases.error.row", row.line(), refused);
            }
            Integer year = year(row.get("year"), caseNumber);
            if (year == null) {
                throw new UserFacingException("decisions.cases.error.year", row.line(), caseNumber);
            }
            String key = "case:" + body.getId() + ":" + caseNumber;
            // a case already registered (by this list before, or as a decision with mandates) is not added twice
            boolean known = decisions.findBySourceKey(key).isPresent()
                    || decisions.existsByBodyIdAndCaseNumbers(body.getId(), caseNumber)
                    || toSave.stream().anyMatch(d -> key.equals(d.getSourceKey()));
            if (!known) {
                Decision d = new Decision(body, title, DecisionKind.POLITICAL_CASE, year);
                d.setCaseNumbers(caseNumber);
                d.setSourceKey(key);
                toSave.add(d);
            }
        }
        decisions.saveAll(toSave);
        return toSave.size();
    }

    @PreAuthorize(FollowUpService.READ)
    @Transactional(readOnly = true)
    public List<CaseRow> page(Filter filter, int offset, int limit) {
        return lists.page(Decision.class, CaseRow.class, CaseRegister::row, where(filter), CaseRegister::order,
                offset, limit);
    }

    @PreAuthorize(FollowUpService.READ)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return lists.count(Decision.class, where(filter));
    }

    /** The case as the list shows it, with the number of mandates that follow it up (a correlated count). */
    private static Selection<CaseRow> row(Root<Decision> d, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> mandates = query.subquery(Long.class);
        Root<Mandate> m = mandates.from(Mandate.class);
        mandates.select(cb.count(m)).where(cb.equal(m.get("decision"), d));
        return cb.construct(CaseRow.class, d.get("id"), d.get("body").get("name"), d.get("year"),
                d.get("caseNumbers"), d.get("title"), mandates);
    }

    /** Newest year first, then body name, then id. */
    private static List<Order> order(Root<Decision> d, CriteriaBuilder cb) {
        return List.of(cb.desc(d.get("year")), cb.asc(d.get("body").get("name")), cb.asc(d.get("id")));
    }

    /** Every decision of any kind; the register's filter only narrows by body, year and text. */
    private static ListQueries.Where<Decision> where(Filter f) {
        return (d, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.bodyId() != null) {
                where.add(cb.equal(d.get("body").get("id"), f.bodyId()));
            }
            if (f.year() != null) {
                where.add(cb.equal(d.get("year"), f.year()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().strip().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(d.get("title")), like), cb.like(cb.lower(d.get("caseNumbers")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The year column, or the two digits after the slash in the case number ("PS-021/25", "66/21"). */
    static Integer year(String yearCell, String caseNumber) {
        if (yearCell != null && yearCell.strip().matches("\\d{4}")) {
            return Integer.parseInt(yearCell.strip());
        }
        Matcher m = YEAR_SUFFIX.matcher(caseNumber);
        return m.find() ? 2000 + Integer.parseInt(m.group(1)) : null;
    }
}
