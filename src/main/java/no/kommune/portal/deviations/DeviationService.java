package no.kommune.portal.deviations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kommune.portal.deviations.DeviationViews.DeviationDetail;
import no.kommune.portal.deviations.DeviationViews.ForwardPreview;
import no.kommune.portal.deviations.DeviationViews.ReadLogLine;
import no.kommune.portal.deviations.DeviationViews.Receipt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one service the deviation views talk to: a thin facade over the services that do the work, each
 * small enough to read in one sitting. Reporting ({@link DeviationReporting}), categories
 * ({@link DeviationCategories}), lists and reading one ({@link DeviationQueries}), handling
 * ({@link DeviationHandling}) and the read log ({@link DeviationReadLogs}). Security is checked again here
 * so a view can never reach a step its user may not take.
 */
@Service
public class DeviationService {

    /** The handling list: leaders, quality and management (each within their scope). */
    public static final String LIST = DeviationRules.LIST;

    private final DeviationReporting reporting;
    private final DeviationCategories categories;
    private final DeviationQueries queries;
    private final DeviationHandling handling;
    private final DeviationReadLogs readLogs;

    public DeviationService(DeviationReporting reporting, DeviationCategories categories, DeviationQueries queries,
            DeviationHandling handling, DeviationReadLogs readLogs) {
        this.reporting = reporting;
        this.categories = categories;
        this.queries = queries;
        this.handling = handling;
        this.readLogs = readLogs;
    }

    // ---- reporting -------------------------------------------------------------------------------------

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public List<DeviationCategory> categories() {
        return categories.active();
    }

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Optional<Long> defaultUnitId() {
        return reporting.defaultUnitId();
    }

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Receipt report(DeviationDraft draft) {
        return reporting.report(draft);
    }

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public Receipt receipt(Long id) {
        return reporting.receipt(id);
    }

    // ---- categories ------------------------------------------------------------------------------------

    @PreAuthorize(DeviationRules.QUALITY)
    public List<DeviationCategory> allCategories() {
        return categories.all();
    }

    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory addCategory(String code, String name) {
        return categories.add(code, name);
    }

    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory renameCategory(Long id, String name) {
        return categories.rename(id, name);
    }

    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory setCategoryActive(Long id, boolean active) {
        return categories.setActive(id, active);
    }

    // ---- lists and reading one ---------------------------------------------------------------------------

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public List<DeviationRow> mine(int offset, int limit) {
        return queries.mine(offset, limit);
    }

    @PreAuthorize(DeviationRules.LIST)
    public List<DeviationRow> page(DeviationFilter filter, int offset, int limit, boolean oldestFirst) {
        return queries.page(filter, offset, limit, oldestFirst);
    }

    @PreAuthorize(DeviationRules.LIST)
    public long count(DeviationFilter filter) {
        return queries.count(filter);
    }

    @PreAuthorize(DeviationRules.LIST)
    public long countOpen(Collection<Long> unitIds) {
        return queries.countOpen(unitIds);
    }

    @PreAuthorize(DeviationRules.SIGNED_IN)
    public DeviationDetail detail(Long id) {
        return queries.detail(id);
    }

    // ---- handling ----------------------------------------------------------------------------------------

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void changeStatus(Long id, long expectedVersion, DeviationStatus target, String comment) {
        handling.changeStatus(id, expectedVersion, target, comment);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void forward(Long id, long expectedVersion, Long toUnitId, String comment) {
        handling.forward(id, expectedVersion, toUnitId, comment);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public ForwardPreview forwardPreview(Long id, Long toUnitId) {
        return handling.forwardPreview(id, toUnitId);
    }

    @PreAuthorize(DeviationRules.QUALITY)
    public void takeOver(Long id, long expectedVersion, String comment) {
        handling.takeOver(id, expectedVersion, comment);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public Long addAction(Long id, String description, Long ownerId, LocalDate deadline) {
        return handling.addAction(id, description, ownerId, deadline);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void completeAction(Long actionId) {
        handling.completeAction(actionId);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void close(Long id, long expectedVersion, String cause, String measures, String learning) {
        handling.close(id, expectedVersion, cause, measures, learning);
    }

    @PreAuthorize(DeviationRules.HANDLE_OR_QUALITY)
    public void reopen(Long id, long expectedVersion, String reason) {
        handling.reopen(id, expectedVersion, reason);
    }

    // ---- read log ----------------------------------------------------------------------------------------

    @PreAuthorize(DeviationRules.QUALITY)
    public List<ReadLogLine> readLog(Long deviationId, int offset, int limit) {
        return readLogs.page(deviationId, offset, limit);
    }
}
