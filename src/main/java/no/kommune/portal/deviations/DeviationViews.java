package no.kommune.portal.deviations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the deviations feature, shared by its services, views and tests. */
public final class DeviationViews {

    private DeviationViews() {
    }

    /** What the reporter is shown after sending: the number and who received it. */
    public record Receipt(Long id, String unitName, String leaderName) {
    }

    public record HistoryLine(Instant when, String who, DeviationEvent.Kind kind, DeviationStatus fromStatus,
            DeviationStatus toStatus, String fromUnit, String toUnit, String comment) {
    }

    public record ActionLine(Long id, String description, String ownerName, LocalDate deadline, Instant doneAt) {
    }

    public record DeviationDetail(Long id, long version, String title, String description, Instant occurredAt,
            String locationUnit, String locationText, String categoryName, Severity severity, String immediateAction,
            boolean personalData, DeviationStatus status, String reporterName, Instant reportedAt,
            Long reportedToUnitId, String reportedToUnit, String handlerName, List<String> handlingChain,
            String cause, String measures, String learning, Instant closedAt, List<HistoryLine> history,
            List<ActionLine> actions, boolean mayHandle, boolean mayReopen, boolean stuck, boolean mayTakeOver) {
    }

    /** A unit on the way up whose leader could not receive the deviation, and why. */
    public record PassedOver(String unitName, String leaderName, Reason reason) {

        public enum Reason { NO_LEADER, DEACTIVATED, NOT_A_LEADER }
    }

    /**
     * Who a forward to a unit would reach: the receiver's name and the unit she leads (possibly above the chosen
     * one), the leaders passed over on the way, or nobody (then the forward is refused).
     */
    public record ForwardPreview(String chosenUnit, String receiverName, String receiverUnit,
            List<PassedOver> passedOver) {

        public boolean possible() {
            return receiverName != null;
        }
    }

    public record ReadLogLine(Instant when, String who, Long deviationId, String categoryName, String unitName) {
    }
}
