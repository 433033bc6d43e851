package no.kommune.portal.decisions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @PersistenceContext
    private EntityManager em;
    private final DecisionRepository decisions;
    private final OrganisationService organisation;

    CaseRegister(DecisionRepository decisions, OrganisationService organisation) {
        this.decisions = decisions;
        this.organisation = organisation;
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
        Map<String, Object> params = new HashMap<>();
        TypedQuery<CaseRow> q = em.createQuery("select new no.kommune.portal.decisions.CaseRow(d.id, b.name, d.year,"
                + " d.caseNumbers, d.title, (select count(m) from Mandate m where m.decision = d))"
                + " from Decision d join d.body b where " + where(filter, params)
                + " order by d.year desc, b.name, d.id", CaseRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @PreAuthorize(FollowUpService.READ)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(d) from Decision d join d.body b where "
                + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        if (f.bodyId() != null) {
            where.add("b.id = :body");
            params.put("body", f.bodyId());
        }
        if (f.year() != null) {
            where.add("d.year = :year");
            params.put("year", f.year());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(lower(d.title) like :text or lower(d.caseNumbers) like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase() + "%");
        }
        return String.join(" and ", where);
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
