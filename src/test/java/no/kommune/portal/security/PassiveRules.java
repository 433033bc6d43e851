package no.kommune.portal.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The passive rules of the security scan: each one looks only at traffic already recorded (requests the
 * browser made and the responses it got), like the passive scan rules of OWASP ZAP's baseline scan, whose
 * plugin ids they carry so results can be compared. Levels follow issue 9: what the portal promises (item 7:
 * headers and cookies; no session id in URLs; no stack traces) is FAIL, hardening advice is WARN.
 */
final class PassiveRules {

    enum Level { FAIL, WARN, INFO }

    /** One recorded request/response. Header names are lower case; {@code body} is null for non-text responses. */
    record Exchange(String who, String method, String url, int status, Map<String, List<String>> headers,
            String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : String.join(", ", values);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name, List.of());
        }

        String contentType() {
            String type = header("content-type");
            return type == null ? "" : type.toLowerCase(Locale.ROOT);
        }

        boolean isHtml() {
            return status == 200 && contentType().startsWith("text/html");
        }

        boolean isPage() {
            return status == 200 && (contentType().startsWith("text/html") || contentType().startsWith("application/json"));
        }

        boolean isHttps() {
            return url.startsWith("https:");
        }
    }

    /** A rule: plugin id of the ZAP rule it mirrors (or "portal-N"), name, level and what it finds per exchange. */
    record Rule(String id, String name, Level level, Function<Exchange, String> check) {
    }

    record Finding(Rule rule, Exchange exchange, String evidence) {
    }

    private static final Pattern STACK_TRACE = Pattern.compile(
            "(\\bat (java|jakarta|org\\.springframework|com\\.vaadin|no\\.kommune)\\.[\\w.$]+\\([\\w.]+:\\d+\\))"
                    + "|(Caused by: [\\w.]+(Exception|Error))|(Whitelabel Error Page)|(\\bSQL(Syntax|Integrity)\\w*Exception)");
    /** One octet, 0-255, so version strings like 10.669.606.225 in minified scripts are not taken for addresses. */
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern PRIVATE_IP = Pattern.compile("(?<![\\d.])(10\\." + OCTET + "\\." + OCTET + "\\." + OCTET
            + "|192\\.168\\." + OCTET + "\\." + OCTET + "|172\\.(1[6-9]|2\\d|3[01])\\." + OCTET + "\\." + OCTET
            + ")(?![\\d.]*\\d)");
    private static final Pattern SCRIPT_SRC = Pattern.compile("<script[^>]+src=[\"'](https?:)?//([^/\"']+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=[\"']?post[^>]*>(.*?)</form>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PassiveRules() {
    }

    static final List<Rule> RULES = List.of(
            new Rule("10038", "Content Security Policy (CSP) header not set", Level.FAIL,
                    x -> x.isHtml() && x.header("content-security-policy") == null ? "no Content-Security-Policy" : null),
            new Rule("10055", "CSP: wildcard or unsafe directive", Level.WARN, x -> {
                String csp = x.isHtml() ? x.header("content-security-policy") : null;
                if (csp == null) {
                    return null;
                }
                List<String> weak = new ArrayList<>();
                for (String directive : csp.split(";")) {
                    String d = directive.trim().toLowerCase(Locale.ROOT);
                    if ((d.startsWith("script-src") || d.startsWith("default-src")) && (d.contains(" *") || d.contains("'unsafe-eval'"))) {
                        weak.add(d);
                    }
                }
                if (!csp.contains("frame-ancestors")) {
                    weak.add("no frame-ancestors");
                }
                if (!csp.contains("object-src") && !csp.contains("default-src")) {
                    weak.add("no object-src/default-src");
                }
                return weak.isEmpty() ? null : String.join("; ", weak);
            }),
            new Rule("10020", "Missing anti-clickjacking header", Level.FAIL, x -> {
                if (!x.isHtml()) {
                    return null;
                }
                String csp = x.header("content-security-policy");
                boolean framesRefused = x.header("x-frame-options") != null
                        || (csp != null && csp.contains("frame-ancestors"));
                return framesRefused ? null : "neither X-Frame-Options nor CSP frame-ancestors";
            }),
            new Rule("10021", "X-Content-Type-Options header missing", Level.FAIL,
                    x -> x.status() == 200 && !"nosniff".equalsIgnoreCase(x.header("x-content-type-options"))
                            ? "X-Content-Type-Options: " + x.header("x-content-type-options") : null),
            new Rule("portal-1", "Referrer-Policy header missing (issue 9 item 7: no-referrer)", Level.FAIL,
                    x -> x.isHtml() && x.header("referrer-policy") == null ? "no Referrer-Policy" : null),
            new Rule("portal-2", "Referrer-Policy other than no-referrer", Level.WARN, x -> {
                String policy = x.isHtml() ? x.header("referrer-policy") : null;
                return policy != null && !policy.toLowerCase(Locale.ROOT).contains("no-referrer")
                        ? "Referrer-Policy: " + policy : null;
            }),
            new Rule("10015", "Page or UIDL response may be cached (no Cache-Control: no-store)", Level.FAIL,
                    x -> x.isPage() && !String.valueOf(x.header("cache-control")).contains("no-store")
                            && !x.url().contains("/VAADIN/") ? "Cache-Control: " + x.header("cache-control") : null),
            new Rule("10010", "Session cookie without HttpOnly flag", Level.FAIL,
                    x -> sessionCookies(x).stream().filter(c -> !attribute(c, "httponly")).findFirst().orElse(null)),
            new Rule("10054", "Cookie without SameSite attribute", Level.FAIL,
                    x -> x.all("set-cookie").stream().filter(c -> !attribute(c, "samesite")).findFirst().orElse(null)),
            new Rule("10011", "Cookie without Secure flag (served over HTTPS)", Level.FAIL,
                    x -> x.isHttps() ? x.all("set-cookie").stream().filter(c -> !attribute(c, "secure")).findFirst()
                            .orElse(null) : null),
            new Rule("10035", "Strict-Transport-Security header not set (served over HTTPS)", Level.FAIL,
                    x -> x.isHttps() && x.header("strict-transport-security") == null ? "no HSTS" : null),
            new Rule("3", "Session ID in URL rewrite", Level.FAIL, x -> {
                String location = String.valueOf(x.header("location"));
                String body = x.body() == null ? "" : x.body();
                for (String text : List.of(x.url(), location, body)) {
                    int at = text.toLowerCase(Locale.ROOT).indexOf(";jsessionid=");
                    if (at >= 0) {
                        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 30));
                    }
                }
                return null;
            }),
            new Rule("90022", "Application error disclosure (stack trace or framework error page)", Level.FAIL, x -> {
                if (x.body() == null) {
                    return null;
                }
                var m = STACK_TRACE.matcher(x.body());
                return m.find() ? m.group() : null;
            }),
            new Rule("10036", "Server leaks version information via the Server header", Level.FAIL, x -> {
                String server = x.header("server");
                return server != null && server.matches(".*\\d.*") ? "Server: " + server : null;
            }),
            new Rule("10037", "Server leaks information via X-Powered-By", Level.FAIL,
                    x -> x.header("x-powered-by") != null ? "X-Powered-By: " + x.header("x-powered-by") : null),
            new Rule("10098", "Cross-domain misconfiguration (CORS allows any or a foreign origin)", Level.FAIL, x -> {
                String allow = x.header("access-control-allow-origin");
                return allow != null && (allow.equals("*") || allow.contains("scan-foreign.invalid"))
                        ? "Access-Control-Allow-Origin: " + allow : null;
            }),
            new Rule("10017", "Cross-domain JavaScript source file inclusion", Level.WARN, x -> {
                if (!x.isHtml() || x.body() == null) {
                    return null;
                }
                var m = SCRIPT_SRC.matcher(x.body());
                String host = URI.create(x.url()).getHost();
                while (m.find()) {
                    if (!m.group(2).startsWith(host)) {
                        return m.group();
                    }
                }
                return null;
            }),
            new Rule("10202", "Absence of anti-CSRF token in an HTML form", Level.WARN, x -> {
                if (!x.isHtml() || x.body() == null) {
                    return null;
                }
                var m = POST_FORM.matcher(x.body());
                while (m.find()) {
                    if (!m.group(1).contains("_csrf")) {
                        return m.group().substring(0, Math.min(120, m.group().length()));
                    }
                }
                return null;
            }),
            new Rule("2", "Private IP address disclosed", Level.WARN, x -> {
                if (x.body() == null) {
                    return null;
                }
                var m = PRIVATE_IP.matcher(x.body());
                return m.find() ? m.group() : null;
            }),
            new Rule("10063", "Permissions-Policy header not set", Level.WARN,
                    x -> x.isHtml() && x.header("permissions-policy") == null ? "no Permissions-Policy" : null));

    private static List<String> sessionCookies(Exchange x) {
        return x.all("set-cookie").stream().filter(c -> c.toUpperCase(Locale.ROOT).startsWith("JSESSIONID=")).toList();
    }

    private static boolean attribute(String setCookie, String name) {
        for (String part : setCookie.split(";")) {
            if (part.trim().toLowerCase(Locale.ROOT).startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    static List<Finding> apply(List<Exchange> traffic) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Exchange x : traffic) {
                String evidence = rule.check().apply(x);
                if (evidence != null) {
                    findings.add(new Finding(rule, x, evidence));
                }
            }
        }
        return findings;
    }
}
