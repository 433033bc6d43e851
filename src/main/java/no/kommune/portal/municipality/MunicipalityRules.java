package no.kommune.portal.municipality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.UserFacingException;

/**
 * What the municipality profile accepts, checked by the service whatever the form did: a name, a kommunenummer of
 * four digits, an accent colour white text can stand on (WCAG 2.1 AA, 4.5:1, since the name is written in white on
 * it), and a logo that is a real PNG of sensible size. Every refusal is a {@link UserFacingException} with a key.
 */
public final class MunicipalityRules {

    public static final int NAME_MAX = 100;
    /** The largest logo file accepted (before it is decoded and written anew). */
    public static final int LOGO_MAX_BYTES = 200 * 1024;
    /** Wider or taller logos are refused before decoding (a small file can unpack to a huge image). */
    public static final int LOGO_MAX_PIXELS = 2000;
    /** WCAG 2.1 AA for normal text (1.4.3). */
    public static final double MIN_CONTRAST_WITH_WHITE = 4.5;

    private static final String FIELD_NAME = "municipality.name";
    private static final Pattern NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private MunicipalityRules() {
    }

    /**
     * The name, stripped; refused when empty, longer than {@link #NAME_MAX} or carrying markup, and, since it is
     * one line written into the page header and documents, when it carries control characters.
     */
    public static String name(String raw) {
        String name = SafeText.required(raw, NAME_MAX, FIELD_NAME);
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw SafeText.Problem.MARKUP.refusal(FIELD_NAME, NAME_MAX);
        }
        return name;
    }

    /** The kommunenummer: exactly four digits (e.g. 5025 Røros, 3420 Elverum), not 0000. */
    public static String number(String raw) {
        String number = raw == null ? "" : raw.strip();
        if (!NUMBER.matcher(number).matches() || "0000".equals(number)) {
            throw new UserFacingException("municipality.error.number");
        }
        return number;
    }

    /** The colour as {@code #rrggbb} (lower case), or null for none; refused unless white text on it reaches 4.5:1. */
    public static String accentColour(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String colour = raw.strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new UserFacingException("municipality.error.colourFormat");
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MIN_CONTRAST_WITH_WHITE) {
            // rounded down, so the message never shows 4,5 for a colour that falls short of it
            throw new UserFacingException("municipality.error.colourContrast", Math.floor(contrast * 10) / 10);
        }
        return colour.toLowerCase(Locale.ROOT);
    }

    /** The contrast ratio of white against the colour {@code #rrggbb}, by WCAG 2.1's relative luminance. */
    public static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return (1.0 + 0.05) / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * The logo as a PNG the portal wrote itself: the file must be at most {@link #LOGO_MAX_BYTES}, start like a PNG,
     * be at most {@link #LOGO_MAX_PIXELS} each way and decode as an image; it is then written anew, so nothing but
     * the pixels (no text chunks, nothing hidden after the image) is ever served. SVG is not accepted: an SVG is a
     * document that can carry script.
     */
    public static byte[] logo(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new UserFacingException("municipality.error.logoNotPng");
        }
        if (raw.length > LOGO_MAX_BYTES) {
            throw new UserFacingException("municipality.error.logoTooLarge", LOGO_MAX_BYTES / 1024);
        }
        if (!startsWithPngSignature(raw)) {
            throw new UserFacingException("municipality.error.logoNotPng");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(raw))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
            if (in == null || !readers.hasNext()) {
                throw new UserFacingException("municipality.error.logoNotPng");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > LOGO_MAX_PIXELS || reader.getHeight(0) > LOGO_MAX_PIXELS) {
                    throw new UserFacingException("municipality.error.logoDimensions", LOGO_MAX_PIXELS);
                }
                BufferedImage image = reader.read(0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(image, "png", out)) {
                    throw new UserFacingException("municipality.error.logoNotPng");
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException ufe) {
                throw ufe;
            }
            throw new UserFacingException("municipality.error.logoNotPng");
        }
    }

    private static boolean startsWithPngSignature(byte[] raw) {
        if (raw.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (raw[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
