package no.kommune.portal.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A page of the portal, as features hand it to start pages, notifications and mails: a route path relative to
 * the application root ({@code avvik/42}) and query parameters ({@code ?enhet=11&forsinket}). Features build
 * them only through their {@code <Feature>Links} class, whose route constants the views' {@code @Route}
 * annotations use too, so a link cannot point at a page that does not exist (see {@code LinksTest}).
 *
 * @param path       the route, without a leading slash or query
 * @param parameters in order; a parameter without a value is a flag ({@code ?forsinket})
 */
public record Link(String path, List<Parameter> parameters) {

    /** One query parameter; {@code value} null for a flag. */
    public record Parameter(String name, String value) {
        public Parameter {
            Objects.requireNonNull(name);
        }
    }

    public Link {
        Objects.requireNonNull(path);
        if (path.startsWith("/") || path.contains("?") || path.contains("#")) {
            throw new IllegalArgumentException("A route path, relative to the application root: " + path);
        }
        parameters = List.copyOf(parameters);
    }

    public static Link to(String path) {
        return new Link(path, List.of());
    }

    /** The same page with {@code ?name=value} added; the value is URL-encoded. */
    public Link with(String name, Object value) {
        return plus(new Parameter(name, String.valueOf(value)));
    }

    /** The same page with a flag, {@code ?name}, added. */
    public Link withFlag(String name) {
        return plus(new Parameter(name, null));
    }

    private Link plus(Parameter parameter) {
        List<Parameter> more = new ArrayList<>(parameters);
        more.add(parameter);
        return new Link(path, more);
    }

    /**
     * The address relative to the application root, as an anchor in the portal takes it (the page's base is the
     * application root) and as a notification row stores it.
     */
    public String href() {
        if (parameters.isEmpty()) {
            return path;
        }
        StringBuilder href = new StringBuilder(path).append('?');
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            href.append(i == 0 ? "" : "&").append(encode(p.name()));
            if (p.value() != null) {
                href.append('=').append(encode(p.value()));
            }
        }
        return href.toString();
    }

    /** The full address for a mail, under the configured {@code portal.base-url}. */
    public String absoluteUrl(String baseUrl) {
        return absoluteUrl(baseUrl, href());
    }

    /**
     * The full address of a stored {@link #href()} (a notification's link column), or of the start page when there
     * is none. The one place where the base URL and a route are joined.
     */
    public static String absoluteUrl(String baseUrl, String href) {
        String root = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return href == null ? root : root + href;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return href();
    }
}
