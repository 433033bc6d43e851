package no.kommune.portal.deviations;

import static no.kommune.portal.base.SafeText.required;

import java.util.List;
import java.util.Locale;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories a deviation is reported under, configurable by quality. */
@Service
@Transactional(readOnly = true)
public class DeviationCategories {

    private final DeviationCategoryRepository categories;

    public DeviationCategories(DeviationCategoryRepository categories) {
        this.categories = categories;
    }

    /** The categories offered when reporting. */
    @PreAuthorize(DeviationRules.SIGNED_IN)
    public List<DeviationCategory> active() {
        return categories.findByActiveTrueOrderBySortOrder();
    }

    @PreAuthorize(DeviationRules.QUALITY)
    public List<DeviationCategory> all() {
        return categories.findAllByOrderBySortOrder();
    }

    /** Adds a main category; the code is a stable key (A-Z, 0-9, _), the name what users see. */
    @Transactional
    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory add(String code, String name) {
        String c = required(code, TextLimits.CODE, "deviations.categories.code").toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9_]+")) {
            throw new UserFacingException("deviations.error.codeFormat");
        }
        if (categories.findByCode(c).isPresent()) {
            throw new UserFacingException("deviations.error.codeExists", c);
        }
        String n = required(name, TextLimits.NAME, "deviations.categories.name");
        int order = categories.findAllByOrderBySortOrder().stream().mapToInt(DeviationCategory::getSortOrder).max()
                .orElse(0) + 10;
        return categories.saveAndFlush(new DeviationCategory(c, n, order));
    }

    @Transactional
    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory rename(Long id, String name) {
        DeviationCategory category = categories.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        category.setName(required(name, TextLimits.NAME, "deviations.categories.name"));
        return categories.saveAndFlush(category);
    }

    /** Deactivated categories are no longer offered for new reports; existing deviations keep theirs. */
    @Transactional
    @PreAuthorize(DeviationRules.QUALITY)
    public DeviationCategory setActive(Long id, boolean active) {
        DeviationCategory category = categories.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        category.setActive(active);
        return categories.saveAndFlush(category);
    }
}
