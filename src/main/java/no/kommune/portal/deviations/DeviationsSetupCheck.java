package no.kommune.portal.deviations;

import java.util.List;
import no.kommune.portal.base.setup.SetupCheck;
import no.kommune.portal.base.setup.SetupStep;
import no.kommune.portal.organisation.Roles;
import org.springframework.stereotype.Component;

/** Deviations' part of the first-start checklist: categories an employee can choose when she reports. */
@Component
class DeviationsSetupCheck implements SetupCheck {

    private final DeviationCategoryRepository categories;

    DeviationsSetupCheck(DeviationCategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public List<SetupStep> steps() {
        long active = categories.findByActiveTrueOrderBySortOrder().size();
        return List.of(SetupStep.of("deviationCategories", 70, active > 0, "setup.detail.deviationCategories",
                new SetupStep.Page(DeviationLinks.categories(), "deviations.menu.categories", Roles.QUALITY), active));
    }
}
