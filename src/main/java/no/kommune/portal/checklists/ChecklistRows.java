package no.kommune.portal.checklists;

import java.util.List;
import no.kommune.portal.checklists.ChecklistViews.ActionRow;
import no.kommune.portal.checklists.ChecklistViews.AreaContent;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.QuestionContent;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.TemplateContent;
import no.kommune.portal.checklists.ChecklistViews.TemplateVersionRow;
import org.springframework.stereotype.Component;

/** Turns checklist entities into the read models of {@link ChecklistViews}. */
@Component
class ChecklistRows {

    private final ChecklistAreaRepository areas;
    private final ChecklistQuestionRepository questions;
    private final ChecklistAccess access;

    ChecklistRows(ChecklistAreaRepository areas, ChecklistQuestionRepository questions, ChecklistAccess access) {
        this.areas = areas;
        this.questions = questions;
        this.access = access;
    }

    TemplateContent content(TemplateVersion v) {
        List<ChecklistQuestion> all = questions.findByVersion(v.getId());
        List<AreaContent> list = areas.findByTemplateVersionIdOrderByAreaNo(v.getId()).stream()
                .map(a -> new AreaContent(a.getId(), a.getAreaNo(), a.getTitle(), a.getHelpText(),
                        all.stream().filter(q -> q.getArea().getId().equals(a.getId()))
                                .map(q -> new QuestionContent(q.getId(), q.getItemNo(), q.getText(), q.getHelpText()))
                                .toList()))
                .toList();
        return new TemplateContent(versionRow(v), list);
    }

    TemplateVersionRow versionRow(TemplateVersion v) {
        return new TemplateVersionRow(v.getId(), v.getTemplate().getId(), v.getTemplate().getName(), v.getVersionNo(),
                v.getLabel(), v.getState(), questions.countByTemplateVersionId(v.getId()));
    }

    static RoundRow roundRow(ChecklistRound r) {
        return new RoundRow(r.getId(), r.getName(), r.getTemplateVersion().getTemplate().getName(),
                r.getTemplateVersion().getVersionNo(), r.getDeadline(), r.getOpenedAt(), r.isPublished());
    }

    InstanceRow instanceRow(ChecklistInstance i) {
        ChecklistRound r = i.getRound();
        return new InstanceRow(i.getId(), i.getVersion(), r.getId(), r.getName(), i.getUnit().getId(),
                i.getUnit().getDisplayName(), r.getDeadline(), i.getState(), i.getSubmittedAt(),
                ChecklistAccess.overdue(i, access.today()));
    }

    ActionRow actionRow(ChecklistAction a) {
        return new ActionRow(a.getId(), a.getAnswer().getId(), a.getAnswer().getQuestion().getItemNo(), a.getTitle(),
                a.getOwner().getFullName(), a.getDeadline(), a.getState(), a.getStatusText(),
                !a.getState().isClosed() && a.getDeadline().isBefore(access.today()), access.mayUpdate(a));
    }
}
