package no.kommune.portal.municipality;

/**
 * The portal's municipality as pages show it.
 *
 * @param name         e.g. "Røros kommune"; null when neither configured nor saved (pages then show only the portal)
 * @param number       the kommunenummer, four digits; null when not known
 * @param accentColour {@code #rrggbb} on which white text reaches 4.5:1, or null for the portal's own colours
 * @param hasLogo      whether a logo is stored ({@link MunicipalityProfileService#logo})
 * @param version      the stored row's version, for the optimistic check when saving; null before the first save
 */
public record Municipality(String name, String number, String accentColour, boolean hasLogo, Long version) {

    public boolean named() {
        return name != null && !name.isBlank();
    }

    public boolean saved() {
        return version != null;
    }
}
