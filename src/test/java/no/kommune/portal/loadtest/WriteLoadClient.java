package no.kommune.portal.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Write load for the fault test and the one- and two-node figures (issue 13): K sessions through the load balancer,
 * half of them the chief executive's staff updating a mandate's status text, half of them employees and leaders
 * reporting deviations, each save with a unique marker ({@code fault-<run>-<session>-<n>}) as status text or title.
 * It speaks Vaadin's protocol like a browser (VaadinSession) and writes one line per event to its log:
 * <pre>
 * epoch-ms TRY  kind marker session server           before the click on save
 * epoch-ms ACK  kind marker session server millis    the answer came and shows the saved state: acknowledged
 * epoch-ms NACK kind marker session server reason    the answer came and shows an error (the user sees it failed)
 * epoch-ms FAIL kind marker session server reason    no usable answer (node gone, 503, time-out): in doubt
 * epoch-ms LOGIN session user server previous-server a sign-in (previous "-" for the first)
 * </pre>
 * A marker is never sent twice: after a failure the session reloads the page (and signs in again when the node
 * that held its session is gone, as a user would), and its next save has a new marker. So every marker found in
 * the database more than once is a duplicate made by the system, and every ACK marker not found is a lost save.
 * "server" is the load balancer's SERVERID cookie: the node that holds the session.
 *
 * <pre>
 * java -cp ... no.kommune.portal.loadtest.WriteLoadClient url=http://127.0.0.1:8200 sessions=8 seconds=120 \
 *   think=1 log=target/cluster/writes.log run=r1 mandates=7,10,13 stop=target/cluster/stop-writes
 * </pre>
 * It stops after {@code seconds} or as soon as the file {@code stop} exists. Loopback only and bounded like
 * LoadClient; docker/cluster/fault-test.sh and docker/cluster/bench.sh run it.
 */
public final class WriteLoadClient {

    /** Users who report deviations (demo data, password "demo"); each has a unit the form preselects. */
    private static final String[] REPORTERS = {"ansatt", "leder", "leder2", "kvalitet"};
    private static final String PASSWORD = "demo";

    private final String url;
    private final int sessions;
    private final Duration duration;
    private final Duration think;
    private final String run;
    private final List<Long> mandates;
    private final PrintStream log;
    private final PrintStream out;
    private Path stopFile;
    private final long started = System.currentTimeMillis();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String> firstReason = new ConcurrentHashMap<>();

    WriteLoadClient(String url, int sessions, Duration duration, Duration think, String run, List<Long> mandates,
            PrintStream log, PrintStream out) {
        LoadClient.requireLoopback(url);
        if (sessions < 2 || sessions > 200) {
            throw new IllegalArgumentException("sessions must be 2..200");
        }
        if (duration.isNegative() || duration.toMinutes() >= LoadClient.MAX_MINUTES) {
            throw new IllegalArgumentException("duration must be under " + LoadClient.MAX_MINUTES + " minutes");
        }
        if (mandates.isEmpty()) {
            throw new IllegalArgumentException("no mandate ids");
        }
        this.url = url;
        this.sessions = sessions;
        this.duration = duration;
        this.think = think;
        this.run = run;
        this.mandates = mandates;
        this.log = log;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path logFile = Path.of(a.getOrDefault("log", "target/cluster/writes.log"));
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        try (PrintStream log = new PrintStream(Files.newOutputStream(logFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
            WriteLoadClient client = new WriteLoadClient(a.getOrDefault("url", "http://127.0.0.1:8200"),
                    Integer.parseInt(a.getOrDefault("sessions", "8")),
                    Duration.ofSeconds(Long.parseLong(a.getOrDefault("seconds", "60"))),
                    Duration.ofMillis((long) (Double.parseDouble(a.getOrDefault("think", "1")) * 1000)),
                    a.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36)),
                    ids(a.getOrDefault("mandates", "1-60")), log, System.out);
            if (a.containsKey("stop")) {
                client.stopFile = Path.of(a.get("stop"));
            }
            client.run();
        }
    }

    /** "1-60" or "3,5,8". */
    static List<Long> ids(String spec) {
        List<Long> ids = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] range = part.trim().split("-");
            long from = Long.parseLong(range[0]);
            long to = range.length > 1 ? Long.parseLong(range[1]) : from;
            for (long id = from; id <= to; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    void run() throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("writer-" + i).start(() -> drive(n, deadline)));
            // spread the sign-ins (a bcrypt check each) over the first seconds
            Thread.sleep(300);
        }
        for (Thread t : threads) {
            t.join();
        }
        report((System.currentTimeMillis() - started) / 1000.0);
    }

    private void drive(int n, long deadline) {
        boolean mandateWriter = n % 2 == 0;
        String user = mandateWriter ? "direktor" : REPORTERS[(n / 2) % REPORTERS.length];
        String kind = mandateWriter ? "mandate" : "deviation";
        // each mandate writer has its own mandates, so two sessions never update the same one at once
        List<Long> own = new ArrayList<>();
        int writers = (sessions + 1) / 2;
        for (int i = n / 2; i < mandates.size(); i += writers) {
            own.add(mandates.get(i));
        }
        if (mandateWriter && own.isEmpty()) {
            own.add(mandates.get(n % mandates.size()));
        }
        Random random = new Random(n);
        VaadinSession tab = new VaadinSession(url);
        tab.onRequest(nanos -> timings.computeIfAbsent("request", k -> new ConcurrentLinkedQueue<>()).add(nanos));
        String server = "-";
        boolean fresh = true;
        int seq = 0;
        while (running(deadline)) {
            try {
                if (fresh) {
                    server = enter(tab, n, user, server, deadline);
                    if (server == null) {
                        return;
                    }
                    fresh = false;
                }
                pause(random);
                String marker = "fault-" + run + "-" + n + "-" + (++seq);
                if (mandateWriter) {
                    saveMandate(tab, n, own.get(random.nextInt(own.size())), marker);
                } else {
                    saveDeviation(tab, n, marker);
                }
                server = tab.cookie("SERVERID");
            } catch (IOException | RuntimeException e) {
                // the page is gone (node died, session lost, 503): reload it, signing in again if needed
                count(kind + " page lost", e);
                fresh = true;
                sleepQuietly(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Until the time is up or the stop file (given as stop=...) appears. */
    private boolean running(long deadline) {
        return System.nanoTime() < deadline && (stopFile == null || !Files.exists(stopFile));
    }

    /**
     * Opens the start page, signing in first when the session is not (or no longer) known to the node the load
     * balancer sends us to. Retries once a second until it works or the run ends; returns the node, or null.
     */
    private String enter(VaadinSession tab, int n, String user, String previous, long deadline)
            throws InterruptedException {
        while (running(deadline)) {
            long t = System.nanoTime();
            try {
                try {
                    tab.open("");
                    time("reload", t);
                    return tab.cookie("SERVERID");
                } catch (IOException notSignedIn) {
                    // the node does not know this session: it sends the browser to the login page
                }
                t = System.nanoTime();
                if (tab.login(user, PASSWORD)) {
                    time("login", t);
                    String server = tab.cookie("SERVERID");
                    event("LOGIN", n + " " + user + " " + server + " " + previous);
                    tab.open("");
                    return server;
                }
                count("login refused", null);
            } catch (IOException | RuntimeException e) {
                count("login failed", e);
            }
            sleepQuietly(1000);
        }
        return null;
    }

    private void saveMandate(VaadinSession tab, int n, long id, String marker) throws IOException, InterruptedException {
        long t = System.nanoTime();
        tab.navigate("oppfolging/oppdrag/" + id, "client");
        time("navigate", t);
        if (tab.node("update-status").isEmpty()) {
            count("mandate not updatable", null);
            return;
        }
        t = System.nanoTime();
        tab.click("update-status");
        tab.type("status-text", marker);
        time("dialog", t);
        save(tab, n, "mandate", marker, () -> tab.click("status-save"),
                // the success notice shows (the service returned: the transaction committed) and the page, shown
                // again, has the new status text
                () -> (tab.lastBody().contains("Status er lagret") || tab.lastBody().contains("Status saved"))
                        && tab.lastBody().contains(marker));
    }

    private void saveDeviation(VaadinSession tab, int n, String marker) throws IOException, InterruptedException {
        long t = System.nanoTime();
        tab.navigate("avvik/ny", "client");
        time("navigate", t);
        t = System.nanoTime();
        tab.type("deviation-title", marker);
        tab.type("deviation-description", "Skrevet av feiltesten (issue 13) " + marker);
        tab.selectFirst("deviation-category");
        time("form", t);
        save(tab, n, "deviation", marker, () -> tab.click("report-submit"),
                // the receipt page with the deviation's number
                () -> tab.node("receipt").isPresent());
    }

    @FunctionalInterface
    private interface Step {
        VaadinSession.Exchange call() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Check {
        boolean saved();
    }

    private void save(VaadinSession tab, int n, String kind, String marker, Step click, Check check)
            throws IOException, InterruptedException {
        String server = tab.cookie("SERVERID");
        event("TRY", kind + " " + marker + " " + n + " " + server);
        long t = System.nanoTime();
        try {
            click.call();
        } catch (IOException | RuntimeException e) {
            event("FAIL", kind + " " + marker + " " + n + " " + server + " " + reason(e));
            count(kind + " save failed", e);
            throw e;
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (check.saved()) {
            event("ACK", kind + " " + marker + " " + n + " " + server + " " + ms);
            time("save " + kind, t);
            count(kind + " acknowledged", null);
        } else {
            event("NACK", kind + " " + marker + " " + n + " " + server + " not-shown-as-saved");
            count(kind + " refused", null);
            if (firstReason.putIfAbsent(kind + " refused body", "") == null) {
                String body = tab.lastBody();
                firstReason.put(kind + " refused body", body.substring(0, Math.min(600, body.length())));
                if (System.getProperty("writes.dump") != null) {
                    try {
                        Files.writeString(Path.of(System.getProperty("writes.dump")), body);
                    } catch (IOException ignored) {
                        // debugging aid only
                    }
                }
            }
        }
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        return (e.getClass().getSimpleName() + ":" + m).replaceAll("\\s+", "_");
    }

    private synchronized void event(String type, String rest) {
        log.println(System.currentTimeMillis() + " " + type + " " + rest);
    }

    private void time(String name, long startNanos) {
        timings.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - startNanos);
    }

    private void count(String name, Exception e) {
        counts.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        if (e != null) {
            firstReason.putIfAbsent(name, reason(e));
        }
    }

    private void pause(Random random) throws InterruptedException {
        Thread.sleep((long) (think.toMillis() * (0.5 + random.nextDouble())));
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(double seconds) {
        out.printf(Locale.ROOT, "WRITES url=%s sessions=%d duration=%.0fs think=%.1fs run=%s%n", url, sessions, seconds,
                think.toMillis() / 1000.0, run);
        List<String> names = new ArrayList<>(counts.keySet());
        Collections.sort(names);
        for (String name : names) {
            out.printf(Locale.ROOT, "WRITES count %-28s %6d%s%n", name, counts.get(name).get(),
                    firstReason.containsKey(name) ? "  (first: " + firstReason.get(name) + ")" : "");
        }
        int saves = counts.getOrDefault("mandate acknowledged", new AtomicInteger()).get()
                + counts.getOrDefault("deviation acknowledged", new AtomicInteger()).get();
        out.printf(Locale.ROOT, "WRITES throughput %.2f acknowledged saves/s%n", saves / seconds);
        List<String> kinds = new ArrayList<>(timings.keySet());
        Collections.sort(kinds);
        for (String name : kinds) {
            List<Long> t = new ArrayList<>(timings.get(name));
            Collections.sort(t);
            out.printf(Locale.ROOT, "WRITES time %-16s n=%6d p50=%7.1fms p95=%7.1fms max=%7.1fms%n", name, t.size(),
                    pct(t, 50), pct(t, 95), t.isEmpty() ? 0 : t.getLast() / 1e6);
        }
        firstReason.entrySet().stream().filter(e -> e.getKey().endsWith("body"))
                .forEach(e -> out.println("WRITES " + e.getKey() + ": " + e.getValue()));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
