package no.kommune.portal.base.setup;

import java.util.List;

/**
 * Implemented by each feature for the first-start checklist: what of it is set up. Called only through
 * {@code setup.SetupService}, which is for administrators; a check reads counts, never names or case contents.
 */
public interface SetupCheck {

    List<SetupStep> steps();
}
