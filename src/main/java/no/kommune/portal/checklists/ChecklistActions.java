package no.kommune.portal.checklists;

import static no.kommune.portal.base.SafeText.optional;
import static no.kommune.portal.base.SafeText.required;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up actions (tiltak) from Nei/Delvis answers: created by the leader, updated by owner, leader or quality. */
@Service
@Transactional(readOnly = true)
public class ChecklistActions {

    private final ChecklistAnswerRepository answers;
    private final ChecklistActionRepository actions;
    private final ChecklistEventRepository events;
    private final ChecklistAccess access;
    private final Notifier notifier;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    public ChecklistActions(ChecklistAnswerRepository answers, ChecklistActionRepository actions,
            ChecklistEventRepository events, ChecklistAccess access, Notifier notifier, Clock clock) {
        this.answers = answers;
        this.actions = actions;
        this.events = events;
        this.access = access;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** An action (tiltak) for a Nei or Delvis answer, with owner and deadline; the owner is told. */
    @Transactional
    @PreAuthorize(ChecklistRules.ANSWER)
    public Long addAction(Long instanceId, Long questionId, String title, Long ownerId, LocalDate deadline) {
        ChecklistInstance i = access.forAnswering(instanceId);
        ChecklistAnswer a = answers.findByInstanceIdAndQuestionId(instanceId, questionId)
                .orElseThrow(() -> new UserFacingException("checklists.error.actionNeedsNoOrPartly"));
        if (!a.getAnswer().allowsAction()) {
            throw new UserFacingException("checklists.error.actionNeedsNoOrPartly");
        }
        String t = required(title, TextLimits.TITLE, "checklists.action");
        UserAccount owner = ownerId == null ? null : em.find(UserAccount.class, ownerId);
        if (owner == null) {
            throw new UserFacingException("checklists.error.ownerRequired");
        }
        if (deadline == null) {
            throw new UserFacingException("checklists.error.deadlineRequired");
        }
        if (deadline.isBefore(access.today())) {
            throw new UserFacingException("checklists.error.deadlinePast");
        }
        ChecklistAction action = actions.save(new ChecklistAction(a, t, owner, deadline));
        events.save(new ChecklistEvent(i, action, ChecklistEvent.Kind.ACTION_CREATED, null,
                ChecklistAction.State.OPEN.name(), a.getQuestion().getItemNo() + " " + t));
        notifier.send(new Notice(owner.getUsername(), "CHECKLIST_ACTION_ASSIGNED", "checklist-action-" + action.getId(),
                "checklists.notice.actionAssigned", List.of(t, i.getUnit().getName(), Formats.date(deadline)),
                ChecklistLinks.checklist(i.getId())));
        return action.getId();
    }

    /** Status update of an action by its owner, the unit's leader or quality; every change is a history row. */
    @Transactional
    @PreAuthorize(ChecklistRules.READ)
    public void updateAction(Long actionId, ChecklistAction.State state, String statusText) {
        ChecklistAction action = actions.findById(actionId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!access.mayUpdate(action)) {
            throw new AccessDeniedException("Action " + actionId + " is not the user's");
        }
        if (state == null) {
            throw new UserFacingException("checklists.error.stateRequired");
        }
        String text = optional(statusText, TextLimits.LONG_TEXT, "checklists.statusText");
        if (state.isClosed() && text == null) {
            throw new UserFacingException("checklists.error.closeNeedsText");
        }
        String from = action.getState().name();
        action.changeStatus(state, text, clock.instant());
        events.save(new ChecklistEvent(action.getInstance(), action, ChecklistEvent.Kind.ACTION_UPDATED, from,
                state.name(), text));
    }
}
