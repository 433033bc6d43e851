package no.kommune.portal.decisions;

import java.util.List;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's own words for the mandate statuses ("Iht. plan", "Gjennomført"), each mapped to one fixed
 * {@link MandateState}. Set up by management or the administrator. A label's state never changes after it is
 * made (history and closed periods read the state through it); a label is never deleted, only taken out of use,
 * and every state keeps at least one label in use, or leaders could not report it.
 */
@Service
@Transactional
public class StatusLabelService {

    static final String MANAGE_LABELS = "hasAnyRole('" + Roles.MANAGEMENT + "','" + Roles.ADMIN + "')";
    /** The column's length (decision_status_label.label). */
    public static final int MAX_LENGTH = 100;

    private final StatusLabelRepository labels;

    StatusLabelService(StatusLabelRepository labels) {
        this.labels = labels;
    }

    /** Every label, in use or not, in the order leaders see them. */
    @PreAuthorize(MANAGE_LABELS)
    @Transactional(readOnly = true)
    public List<StatusLabel> all() {
        return labels.findAllByOrderBySortOrderAscIdAsc();
    }

    @PreAuthorize(MANAGE_LABELS)
    public StatusLabel create(String label, MandateState state) {
        if (state == null) {
            throw new UserFacingException("decisions.labels.error.stateRequired");
        }
        String text = checkedText(label, null);
        int last = labels.findAllByOrderBySortOrderAscIdAsc().stream().mapToInt(StatusLabel::getSortOrder).max()
                .orElse(0);
        return labels.save(new StatusLabel(text, state, last + 10));
    }

    @PreAuthorize(MANAGE_LABELS)
    public StatusLabel rename(Long id, long version, String label) {
        StatusLabel existing = current(id, version);
        existing.rename(checkedText(label, existing));
        return existing;
    }

    /** Moves a label one place up (-1) or down (+1) in the order leaders see them. */
    @PreAuthorize(MANAGE_LABELS)
    public void move(Long id, int direction) {
        List<StatusLabel> ordered = labels.findAllByOrderBySortOrderAscIdAsc();
        int at = indexOf(ordered, id);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        StatusLabel moved = ordered.remove(at);
        ordered.add(to, moved);
        // renumber all: older data may share sort orders, and a swap of two equal numbers moves nothing
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt((i + 1) * 10);
        }
    }

    @PreAuthorize(MANAGE_LABELS)
    public StatusLabel setInUse(Long id, long version, boolean inUse) {
        StatusLabel label = current(id, version);
        if (!inUse && label.isActive() && labels.countByStateAndActiveTrue(label.getState()) <= 1) {
            throw new UserFacingException("decisions.labels.error.lastOfState", label.getLabel());
        }
        label.setActive(inUse);
        return label;
    }

    private StatusLabel current(Long id, long version) {
        StatusLabel label = labels.findById(id).orElseThrow(() -> new UserFacingException("decisions.labels.error.gone"));
        if (label.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(StatusLabel.class, id);
        }
        return label;
    }

    private String checkedText(String label, StatusLabel self) {
        String text = SafeText.required(label, MAX_LENGTH, "decisions.labels.label");
        labels.findFirstByLabelIgnoreCase(text).filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("decisions.labels.error.taken", text);
                });
        return text;
    }

    private static int indexOf(List<StatusLabel> ordered, Long id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw new UserFacingException("decisions.labels.error.gone");
    }
}
