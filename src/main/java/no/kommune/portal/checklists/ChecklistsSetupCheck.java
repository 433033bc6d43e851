package no.kommune.portal.checklists;

import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/** Internal control's part of the first-start checklist: a checklist template to send to the units. */
@Component
class ChecklistsSetupCheck implements SetupCheck {

    private final ChecklistTemplateRepository templates;

    ChecklistsSetupCheck(ChecklistTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public List<SetupStep> steps() {
        long count = templates.count();
        return List.of(SetupStep.of("checklistTemplate", 60, count > 0, "setup.detail.checklistTemplate",
                new SetupStep.Page(ChecklistLinks.templates(), "checklists.nav.templates", Roles.QUALITY), count));
    }
}
