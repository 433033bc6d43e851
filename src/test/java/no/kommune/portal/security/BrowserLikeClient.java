package no.kommune.portal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with a cookie jar, used the way a browser uses the portal (no redirects followed). */
final class BrowserLikeClient {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    BrowserLikeClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends this header with every request (e.g. X-Forwarded-For as a proxy would). */
    BrowserLikeClient withHeader(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(builder(path).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The login form's CSRF parameter name and token, as the login page hands them to the browser. */
    Map<String, String> csrfOfLoginPage() {
        HttpResponse<String> page = get("/login");
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf_parameter") || !meta.containsKey("_csrf")) {
            throw new AssertionError("The login page carries no CSRF meta tags: " + meta);
        }
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Logs in through the form as a browser does (with the page's CSRF token); returns the POST's answer. */
    HttpResponse<String> login(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>(csrfOfLoginPage());
        form.put("username", username);
        form.put("password", password);
        return postForm("/login", form);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        extraHeaders.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
