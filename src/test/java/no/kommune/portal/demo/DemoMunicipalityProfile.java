package no.kommune.portal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.municipality.MunicipalityProfileService.Change;
import no.kommune.portal.municipality.MunicipalityProfileService.LogoChange;
import no.kommune.portal.organisation.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * At the demo's first start: stores the municipality profile from the demo's configuration (name, kommunenummer and
 * colour in application-dev*.properties) with a logo, through the service as the administrator would. The logo is a
 * plain shield drawn here in the profile colour, a placeholder: the real coats of arms are the municipalities' own
 * and are not copied into the project. A profile already saved (the next start, or changed in the demo) is kept.
 */
@Component
@Profile({"dev", "demotest"})
@Order(1)
class DemoMunicipalityProfile implements ApplicationRunner {

    private final MunicipalityProfileService service;

    DemoMunicipalityProfile(MunicipalityProfileService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Municipality current = service.current();
        if (current.saved() || !current.named() || current.number() == null) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo", "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        try {
            service.save(new Change(current.name(), current.number(), current.accentColour(), LogoChange.REPLACE,
                    shield(current.accentColour() == null ? new Color(0x1f5e8c) : Color.decode(current.accentColour())),
                    null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A 96 × 112 shield in the colour with a white border and chevron: no text, so no fonts are needed. */
    static byte[] shield(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(96, 112, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Path2D shield = new Path2D.Double();
        shield.moveTo(6, 6);
        shield.lineTo(90, 6);
        shield.lineTo(90, 60);
        shield.quadTo(90, 92, 48, 106);
        shield.quadTo(6, 92, 6, 60);
        shield.closePath();
        g.setColor(colour);
        g.fill(shield);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(5));
        g.draw(shield);
        Path2D chevron = new Path2D.Double();
        chevron.moveTo(20, 70);
        chevron.lineTo(48, 36);
        chevron.lineTo(76, 70);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(chevron);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
