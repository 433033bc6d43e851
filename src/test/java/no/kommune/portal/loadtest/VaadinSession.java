package no.kommune.portal.loadtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own protocol, the way the client engine does: the login form post with
 * Spring's CSRF token, the UI the document carries (eager server load) or the {@code v-r=init} request, the
 * unload beacon when a page is left, then UIDL requests ({@code v-r=uidl}) carrying the UI's CSRF
 * token (Vaadin-Security-Key), the last sync id and the client id, with RPCs (navigation events, property syncs,
 * DOM events, {@code @ClientCallable} calls). It keeps a small model of the element tree (node id → tag and id
 * attribute) from the changes the server sends, to find the grid, a checkbox or a button by its id.
 */
final class VaadinSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMBEDDED_UI = "window.Vaadin.TypeScript=";
    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern ITEM_KEY = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"label\"");
    private static final Pattern CONFIRM = Pattern.compile("\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"");

    /** One request's outcome: status, body size in bytes, and the time to the last byte. */
    record Exchange(int status, int bytes, long nanos) {
    }

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private String csrfToken;
    /** The UI this tab shows, or -1 before the first page. */
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int promise;
    private Exchange last;
    private java.util.function.LongConsumer onRequest = nanos -> { };

    VaadinSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through Spring Security's form login (as the login page's form does); true when accepted. */
    boolean login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login");
        takeEmbeddedUi(page.body()); // the login page is a Vaadin view too, with a UI of its own
        Matcher csrf = SPRING_CSRF.matcher(page.body());
        String form = "username=" + enc(username) + "&password=" + enc(password)
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        long t = System.nanoTime();
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        last = new Exchange(res.statusCode(), res.body().length(), System.nanoTime() - t);
        onRequest.accept(last.nanos());
        String location = res.headers().firstValue("Location").orElse("");
        leaveUi(); // the browser leaves the login page
        return res.statusCode() == 302 && !location.contains("error") && !location.contains("login");
    }

    /**
     * A full page load of a route, as the browser makes it: the page it leaves sends Vaadin's unload beacon (the
     * server closes that UI), then the document. With eager server load (the portal's setting) the document already
     * carries the new UI with the route rendered; otherwise the {@code v-r=init} request creates it and a navigation
     * renders the route.
     */
    Exchange open(String route) throws IOException, InterruptedException {
        long t = System.nanoTime();
        leaveUi();
        HttpResponse<String> html = get("/" + route);
        if (html.statusCode() == 302 && html.headers().firstValue("Location").orElse("").contains("login")) {
            // the node does not know this session (or it ended): the browser would show the login page
            throw new IOException("not signed in: " + route + " redirects to the login page");
        }
        if (takeEmbeddedUi(html.body())) {
            last = new Exchange(html.statusCode(), html.body().length(), System.nanoTime() - t);
            return last;
        }
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(route) + "&query=&v-sh=860&v-sw=1366&v-wh=860"
                + "&v-ww=1366&v-bh=860&v-bw=1366&v-curdate=" + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=60"
                + "&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FOslo&v-wn=load-" + hashCode() + "&v-np=false");
        if (init.statusCode() != 200) {
            throw new IOException("init of " + route + " answered " + init.statusCode());
        }
        takeUi(JSON.readTree(init.body()).path("appConfig"));
        // the client engine then asks the server to render the route in the new UI
        Exchange nav = navigate(route, "");
        last = new Exchange(nav.status(), html.body().length() + init.body().length() + nav.bytes(),
                System.nanoTime() - t);
        return last;
    }

    /** The UI a document carries with eager server load ({@code window.Vaadin.TypeScript}); false if none. */
    boolean takeEmbeddedUi(String document) {
        int at = document.indexOf(EMBEDDED_UI);
        if (at < 0) {
            return false;
        }
        int start = at + EMBEDDED_UI.length();
        int end = document.indexOf(";</script>", start); // the assignment is the script's only statement
        if (end < 0) {
            return false;
        }
        JsonNode config = JSON.readTree(document.substring(start, end)).path("initial").path("appConfig");
        if (!config.has("v-uiId")) {
            return false;
        }
        takeUi(config);
        return true;
    }

    private void takeUi(JsonNode config) {
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        tags.clear();
        byId.clear();
        absorb(uidl);
    }

    /**
     * The beacon the client engine sends when its page is left (pagehide): the server closes the UI at once instead
     * of keeping it until its heartbeats stop (minutes). Best effort, as a beacon is.
     */
    private void leaveUi() throws InterruptedException {
        if (uiId < 0) {
            return;
        }
        ObjectNode beacon = JSON.createObjectNode().put("csrfToken", csrfToken).put("UNLOAD", true)
                .put("clientId", clientId);
        beacon.putArray("rpc");
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "text/plain;charset=UTF-8").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(beacon))).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // a lost beacon leaves the UI to expire, as in a browser
        }
        uiId = -1;
    }

    /** In-app navigation (a menu click): one UIDL request with the ui-navigate event. */
    Exchange navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "")
                .put("appShellTitle", "Oppfølgingsportalen").put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        rpc.set("data", data);
        return uidl(rpc);
    }

    /** The grid asks for rows {@code first .. first+count} (what scrolling does), then confirms the update. */
    Exchange scroll(String gridId, int first, int count) throws IOException, InterruptedException {
        int grid = node(gridId).orElseThrow(() -> new IOException("no element #" + gridId));
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", grid)
                .put("templateEventMethodName", "setViewportRange").put("promise", promise++);
        rpc.putArray("templateEventMethodArgs").add(first).add(count);
        Exchange exchange = uidl(rpc);
        confirmGridUpdates();
        return exchange;
    }

    /** Ticks or unticks a checkbox: the property sync and the change event, as the browser sends them. */
    Exchange check(String checkboxId, boolean checked) throws IOException, InterruptedException {
        int box = node(checkboxId).orElseThrow(() -> new IOException("no element #" + checkboxId));
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", box).put("feature", 1)
                .put("property", "checked").put("value", checked);
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", box).put("event", "checked-changed");
        event.putObject("data");
        Exchange exchange = uidl(sync, event);
        confirmGridUpdates();
        return exchange;
    }

    /** Types a text into a field (value sync + change event). */
    Exchange type(String fieldId, String text) throws IOException, InterruptedException {
        int field = node(fieldId).orElseThrow(() -> new IOException("no element #" + fieldId));
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", field).put("feature", 1)
                .put("property", "value").put("value", text);
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", field).put("event", "change");
        event.putObject("data");
        return uidl(sync, event);
    }

    /** A click on the element with the given id. */
    Exchange click(String elementId) throws IOException, InterruptedException {
        int target = node(elementId).orElseThrow(() -> new IOException("no element #" + elementId));
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", target).put("event", "click");
        event.putObject("data").put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.altKey", false).put("event.button", 0);
        return uidl(event);
    }

    /**
     * Picks an item of a combo box as the browser does: asks for the first items (the connector's
     * setViewportRange), then sets the value property to the key of the first item the server sent.
     */
    Exchange selectFirst(String comboBoxId) throws IOException, InterruptedException {
        int box = node(comboBoxId).orElseThrow(() -> new IOException("no element #" + comboBoxId));
        ObjectNode range = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", box)
                .put("templateEventMethodName", "setViewportRange").put("promise", promise++);
        range.putArray("templateEventMethodArgs").add(0).add(50).add("");
        uidl(range);
        Matcher key = ITEM_KEY.matcher(lastBody);
        if (!key.find()) {
            throw new IOException("combo box #" + comboBoxId + " sent no items");
        }
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", box).put("feature", 1)
                .put("property", "value").put("value", key.group(1));
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", box).put("event", "value-changed");
        event.putObject("data");
        return uidl(sync, event);
    }

    /** The value of a cookie this tab holds (e.g. the load balancer's SERVERID), or "-". */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("-");
    }

    /** The body of the last UIDL answer (JSON). */
    String lastBody() {
        return lastBody;
    }

    /** A node by its id attribute, or with {@code "tag:vaadin-checkbox"} the first element with that tag. */
    Optional<Integer> node(String elementId) {
        if (elementId.startsWith("tag:")) {
            String tag = elementId.substring(4);
            return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey)
                    .min(Integer::compare);
        }
        return Optional.ofNullable(byId.get(elementId));
    }

    /** Called with the time of every HTTP request this tab makes (to the last byte). */
    void onRequest(java.util.function.LongConsumer timer) {
        this.onRequest = timer;
    }

    /** The UI this tab shows, or -1. */
    int uiId() {
        return uiId;
    }

    Exchange last() {
        return last;
    }

    private void confirmGridUpdates() throws IOException, InterruptedException {
        // the response asked the grid connector to confirm: the browser answers with confirmUpdate(id)
        String body = lastBody;
        Matcher m = CONFIRM.matcher(body);
        while (m.find()) {
            ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler")
                    .put("node", Integer.parseInt(m.group(1))).put("templateEventMethodName", "confirmUpdate")
                    .put("promise", promise++);
            rpc.putArray("templateEventMethodArgs").add(Integer.parseInt(m.group(2)));
            uidl(rpc);
        }
    }

    private String lastBody = "";

    private Exchange uidl(ObjectNode... rpcs) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        message.put("syncId", syncId).put("clientId", clientId);
        long t = System.nanoTime();
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t;
        onRequest.accept(nanos);
        String body = res.body();
        lastBody = body;
        if (res.statusCode() != 200) {
            throw new IOException("UIDL answered " + res.statusCode());
        }
        // the answer may come wrapped as "for(;;);[{...}]"
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode answer = JSON.readTree(json);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.path("meta").has("sessionExpired")) {
            throw new IOException("session expired");
        }
        if (body.contains("\"appError\"") || body.contains("Internal error")) {
            throw new IOException("server reported an error: " + body.substring(0, Math.min(300, body.length())));
        }
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId);
        absorb(answer);
        last = new Exchange(res.statusCode(), body.getBytes(StandardCharsets.UTF_8).length, nanos);
        return last;
    }

    /** Notes each node's tag and id attribute from the changes. */
    private void absorb(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            if ("detach".equals(change.path("type").asString())) {
                int gone = change.path("node").asInt();
                tags.remove(gone);
                byId.values().removeIf(n -> n == gone);
                continue;
            }
            if (!"put".equals(change.path("type").asString())) {
                continue;
            }
            int node = change.path("node").asInt();
            String key = change.path("key").asString();
            if ("tag".equals(key)) {
                tags.put(node, change.path("value").asString());
            } else if ("id".equals(key) && change.path("value").isString()) {
                byId.put(change.path("value").asString(), node);
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        onRequest.accept(System.nanoTime() - t);
        return res;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
