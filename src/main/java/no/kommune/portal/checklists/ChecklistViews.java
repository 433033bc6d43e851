package no.kommune.portal.checklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of the checklists feature, shared by views, exports and other features. */
public final class ChecklistViews {

    private ChecklistViews() {
    }

    public record TemplateVersionRow(Long versionId, Long templateId, String templateName, int versionNo, String label,
            TemplateVersion.State state, long questionCount) {

        public String displayName() {
            return templateName + " – v" + versionNo + (label == null || label.isBlank() ? "" : " (" + label + ")");
        }
    }

    public record QuestionContent(Long questionId, String itemNo, String text, String helpText) {
    }

    public record AreaContent(Long areaId, int areaNo, String title, String helpText, List<QuestionContent> questions) {
    }

    public record TemplateContent(TemplateVersionRow version, List<AreaContent> areas) {
    }

    public record RoundRow(Long id, String name, String templateName, int versionNo, LocalDate deadline,
            Instant openedAt, boolean published) {
    }

    public record InstanceRow(Long id, long version, Long roundId, String roundName, Long unitId, String unitName,
            LocalDate deadline, ChecklistInstance.State state, Instant submittedAt, boolean overdue) {
    }

    /**
     * One question with its answer; for a Nei or Delvis answer also the number of actions (tiltak) and the
     * reason given when none is needed.
     */
    public record QuestionAnswer(Long questionId, String itemNo, String text, String helpText, AnswerValue answer,
            String comment, Long answerId, int actionCount, String noActionReason) {

        /** A Nei or Delvis answer with neither an action nor a reason why none is needed blocks submitting. */
        public boolean lacksAction() {
            return answer != null && answer.allowsAction() && actionCount == 0
                    && (noActionReason == null || noActionReason.isBlank());
        }
    }

    public record AreaAnswers(int areaNo, String title, String helpText, List<QuestionAnswer> questions) {
    }

    public record ActionRow(Long id, Long answerId, String itemNo, String title, String ownerName, LocalDate deadline,
            ChecklistAction.State state, String statusText, boolean overdue, boolean mayUpdate) {
    }

    public record HistoryLine(Instant when, String who, ChecklistEvent.Kind kind, String fromState, String toState,
            String comment) {

        /**
         * The text of the comment column. An answer change stores the item number as its comment and the answers
         * as from/to state, so each screen and report can print them in its own language: "2.3: Ja → Nei".
         */
        public String describe(java.util.function.Function<AnswerValue, String> answerLabel) {
            if (kind == ChecklistEvent.Kind.ANSWER_CHANGED) {
                return comment + ": " + answerLabel.apply(AnswerValue.valueOf(fromState)) + " → "
                        + answerLabel.apply(AnswerValue.valueOf(toState));
            }
            return comment == null ? "" : comment;
        }
    }

    public record InstanceDetail(InstanceRow row, String templateName, List<AreaAnswers> areas, List<ActionRow> actions,
            List<HistoryLine> history, int answered, int total, boolean mayAnswer, boolean mayReopen) {

        /** Item numbers of the Nei/Delvis answers that still lack an action or a reason. */
        public List<String> itemsLackingAction() {
            return areas.stream().flatMap(a -> a.questions().stream()).filter(QuestionAnswer::lacksAction)
                    .map(QuestionAnswer::itemNo).toList();
        }
    }

    /**
     * Counts behind every figure of the overview. Completion: answered questions of all expected answers,
     * submitted checklists of all checklists. Result: the share of Ja, Delvis and Nei among the answers that
     * are Ja, Delvis or Nei ("Ikke aktuelt" is left out, so it neither helps nor hurts a unit).
     */
    public record Tally(int checklists, int submitted, int expected, int answered, int yes, int partly, int no,
            int notApplicable) {

        public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

        public Tally plus(Tally o) {
            return new Tally(checklists + o.checklists, submitted + o.submitted, expected + o.expected,
                    answered + o.answered, yes + o.yes, partly + o.partly, no + o.no, notApplicable + o.notApplicable);
        }

        public double answeredPct() {
            return pct(answered, expected);
        }

        public double submittedPct() {
            return pct(submitted, checklists);
        }

        public double yesPct() {
            return pct(yes, yes + partly + no);
        }

        public double partlyPct() {
            return pct(partly, yes + partly + no);
        }

        public double noPct() {
            return pct(no, yes + partly + no);
        }

        public boolean hasResult() {
            return yes + partly + no > 0;
        }

        /** Percent with one decimal, rounded half up. */
        public static double pct(int part, int whole) {
            if (whole == 0) {
                return 0.0;
            }
            return java.math.BigDecimal.valueOf(part * 100L)
                    .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP).doubleValue();
        }
    }

    public record UnitStatus(Long unitId, String unitName, Long serviceAreaId, String serviceAreaName, Long instanceId,
            ChecklistInstance.State state, boolean overdue, Tally tally) {
    }

    /** A group (service area, category or the whole municipality) now and in the previous round (may be null). */
    public record GroupStatus(String name, Tally tally, Tally previous) {

        /** Change of the Ja share in percentage points since the previous round, or null without one. */
        public Double yesChange() {
            return previous == null || !previous.hasResult() ? null
                    : Math.round((tally.yesPct() - previous.yesPct()) * 10) / 10.0;
        }

        public Double submittedChange() {
            return previous == null || previous.checklists() == 0 ? null
                    : Math.round((tally.submittedPct() - previous.submittedPct()) * 10) / 10.0;
        }
    }

    /** One cell of the heat map: a service area's result in one category. */
    public record HeatCell(String serviceArea, String category, Tally tally) {
    }

    public record Overview(Long roundId, String roundName, String templateName, LocalDate deadline, boolean published,
            String previousRoundName, List<UnitStatus> units, List<GroupStatus> serviceAreas,
            List<GroupStatus> categories, GroupStatus overall, List<HeatCell> heatMap) {
    }

    /** Completion of one unit's checklist in a round (for dashboards and the report pack). */
    public record UnitCompletion(Long unitId, String unitName, Long serviceAreaId, String serviceAreaName,
            Long instanceId, int answered, int total, boolean submitted, boolean overdue) {
    }

    /** Completion of a service area's checklists in a round. */
    public record ServiceAreaCompletion(Long serviceAreaId, String serviceAreaName, int checklists, int submitted,
            int answered, int total, int overdue) {
    }
}
