package no.kommune.portal.organisation;

import java.util.List;

/**
 * What closing a unit would do, shown before the administrator confirms: how many open rows of each kind move to
 * the receiving unit, and every reason the closing is refused (empty when it can go ahead).
 */
public record ClosePreview(String unitName, String targetName, List<CaseCount> counts,
        List<UnitCases.Refusal> refusals) {

    /** One kind of open rows: the translation key of its line ("{0} åpne avvik") and how many. */
    public record CaseCount(String countKey, long count) {
    }

    public ClosePreview {
        counts = List.copyOf(counts);
        refusals = List.copyOf(refusals);
    }

    public boolean possible() {
        return refusals.isEmpty();
    }

    public long total() {
        return counts.stream().mapToLong(CaseCount::count).sum();
    }
}
