package no.kommune.portal.municipality;

import java.util.Optional;
import no.kommune.portal.organisation.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's own municipality (issue 12 item 2): read by every page (the login page too, so reading is open to
 * anyone), changed by the administrator only. Until the administrator first saves, the configured defaults are
 * shown: {@code portal.municipality.name}, {@code .number} and {@code .accent-colour} (each checked by the same
 * rules; a default that breaks them is left out with a warning in the log).
 */
@Service
public class MunicipalityProfileService {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityProfileService.class);

    /** What to do with the logo when saving. */
    public enum LogoChange { KEEP, REPLACE, REMOVE }

    /**
     * A change from the form.
     *
     * @param logo            KEEP, REPLACE (with {@code newLogo}, a PNG file) or REMOVE
     * @param expectedVersion the version the form was loaded with ({@link Municipality#version}); null if the form
     *                        showed the configured defaults (nothing saved yet)
     */
    public record Change(String name, String number, String accentColour, LogoChange logo, byte[] newLogo,
            Long expectedVersion) {
    }

    private final MunicipalityProfileRepository profiles;
    private final Municipality defaults;

    MunicipalityProfileService(MunicipalityProfileRepository profiles,
            @Value("${portal.municipality.name:}") String name, @Value("${portal.municipality.number:}") String number,
            @Value("${portal.municipality.accent-colour:}") String accentColour) {
        this.profiles = profiles;
        this.defaults = defaults(name, number, accentColour);
    }

    /** The municipality every page shows. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Municipality current() {
        return profiles.summary(MunicipalityProfile.KEY).orElse(defaults);
    }

    /** The stored logo (a PNG the portal wrote itself), if any. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> logo() {
        return profiles.logo(MunicipalityProfile.KEY);
    }

    /**
     * Saves the profile, all of it or nothing: every value is checked first ({@link MunicipalityRules}), and a
     * profile changed by someone else since the form was loaded is refused ("changed by someone else - reload").
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Municipality save(Change change) {
        String name = MunicipalityRules.name(change.name());
        String number = MunicipalityRules.number(change.number());
        String colour = MunicipalityRules.accentColour(change.accentColour());
        LogoChange logoChange = change.logo() == null ? LogoChange.KEEP : change.logo();
        byte[] logo = logoChange == LogoChange.REPLACE ? MunicipalityRules.logo(change.newLogo()) : null;

        MunicipalityProfile profile = profiles.findByProfileKey(MunicipalityProfile.KEY).orElse(null);
        if (profile == null) {
            if (change.expectedVersion() != null) {
                throw stale();
            }
            profile = new MunicipalityProfile(name, number);
        } else if (change.expectedVersion() == null || change.expectedVersion() != profile.getVersion()) {
            throw stale();
        }
        profile.change(name, number, colour);
        if (logoChange != LogoChange.KEEP) {
            profile.setLogoPng(logo);
        }
        try {
            profiles.saveAndFlush(profile);
        } catch (DataIntegrityViolationException twoFirstSaves) {
            // two administrators saved the very first profile at the same moment: the other one won
            throw stale();
        }
        return profiles.summary(MunicipalityProfile.KEY).orElseThrow();
    }

    /** The configured defaults, as shown until the first save. */
    Municipality defaults() {
        return defaults;
    }

    private static ObjectOptimisticLockingFailureException stale() {
        return new ObjectOptimisticLockingFailureException(MunicipalityProfile.class, MunicipalityProfile.KEY);
    }

    private static Municipality defaults(String name, String number, String accentColour) {
        return new Municipality(checked("name", name, MunicipalityRules::name),
                checked("number", number, MunicipalityRules::number),
                checked("accent-colour", accentColour, MunicipalityRules::accentColour), false, null);
    }

    private static String checked(String property, String value, java.util.function.UnaryOperator<String> rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return rule.apply(value);
        } catch (RuntimeException e) {
            log.warn("portal.municipality.{}={} is not valid ({}); left out", property, value, e.getMessage());
            return null;
        }
    }
}
