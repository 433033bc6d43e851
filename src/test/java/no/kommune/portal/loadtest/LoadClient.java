package no.kommune.portal.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client (issue 15): signs in K sessions as the demo users and drives each like a browser tab with a think
 * time between actions — start page, open a list, filter it, scroll it (the next pages; every
 * {@value #DEEP_JUMP_EVERY}th round a jump to a random row up to 90 000), and (as the chief executive's staff) open a
 * mandate and update its status. Prints throughput, median/p95/max per action, errors, response sizes and, given the
 * server's process id, the live heap per open UI after a forced GC. Actions are reported twice: while sessions are
 * still signing in (the ramp-up, where the bcrypt checks of the logins take their share of the CPU) and once all are
 * signed in (steady state: the load of K working users). Loopback only, and bounded: at most
 * {@value #MAX_SESSIONS} sessions and {@value #MAX_MINUTES} minutes.
 *
 * <pre>
 * java -cp ... no.kommune.portal.loadtest.LoadClient url=http://127.0.0.1:8108 sessions=50 seconds=120 think=5 rampup=30 pid=1234
 * </pre>
 * or through {@code LoadClientBenchmark} (tag benchmark), see docs/benchmarks.md.
 */
public final class LoadClient {

    static final int MAX_SESSIONS = 1000;
    static final int MAX_MINUTES = 15;
    /**
     * Every how many rounds a session jumps deep into its list instead of scrolling on a few pages. A user of a list
     * of 100 000 rows filters rather than scrolls; the deep jump stays in the mix so its cost is in the load, and it
     * has its own target (row 90 000 in one step, &lt; 300 ms), timed as its own action.
     */
    static final int DEEP_JUMP_EVERY = 5;

    /** Demo users and what they do (password "demo", demo run or a database grown by the scale command). */
    private static final String[][] USERS = {
        {"direktor", "avvik"}, {"kvalitet", "avvik"}, {"leder", "avvik"}, {"politiker", "oppfolging"},
        {"leder2", "avvik"}
    };

    private final String url;
    private final int sessions;
    private final Duration duration;
    private final Duration think;
    private final Duration rampUp;
    private final Long serverPid;
    private final int mandateIds;
    private final PrintStream out;
    private final Phase rampUpPhase = new Phase("while signing in (ramp-up)");
    private final Phase steadyPhase = new Phase("all signed in (steady state)");
    /** Set when the last session has opened its start page: from then on actions count as steady state. */
    private volatile boolean steady;

    /** The samples and errors of one phase of the run. */
    private record Phase(String title, Map<String, ConcurrentLinkedQueue<long[]>> samples,
            Map<String, AtomicInteger> errors, Map<String, String> firstError) {

        Phase(String title) {
            this(title, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        int errorCount() {
            return errors.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    LoadClient(String url, int sessions, Duration duration, Duration think, Duration rampUp, Long serverPid,
            int mandateIds, PrintStream out) {
        this.url = url;
        this.sessions = sessions;
        this.duration = duration;
        this.think = think;
        this.rampUp = rampUp.isNegative() || rampUp.isZero() ? think : rampUp;
        this.serverPid = serverPid;
        this.mandateIds = mandateIds;
        this.out = out;
        requireLoopback(url);
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions must be 1.." + MAX_SESSIONS);
        }
        if (duration.isNegative() || duration.toMinutes() >= MAX_MINUTES) {
            throw new IllegalArgumentException("duration must be under " + MAX_MINUTES + " minutes");
        }
        if (this.rampUp.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("the ramp-up must end before the run does");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new ConcurrentHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new LoadClient(a.getOrDefault("url", "http://127.0.0.1:8080"), Integer.parseInt(a.getOrDefault("sessions", "10")),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("seconds", "60"))),
                Duration.ofMillis((long) (Double.parseDouble(a.getOrDefault("think", "10")) * 1000)),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("rampup", "0"))),
                a.containsKey("pid") ? Long.valueOf(a.get("pid")) : null,
                Integer.parseInt(a.getOrDefault("mandates", "1000")), System.out).run();
    }

    static void requireLoopback(String url) {
        try {
            if (!InetAddress.getByName(URI.create(url).getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load client only talks to this machine (loopback): " + url);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + url, e);
        }
    }

    /** Runs the load and prints the report; returns the total number of errors. */
    int run() throws InterruptedException {
        long heapBefore = heapAfterGc();
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch opened = new CountDownLatch(sessions);
        List<Thread> threads = new ArrayList<>();
        AtomicInteger actions = new AtomicInteger();
        long started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("load-" + i).start(() -> drive(n, deadline, opened, actions)));
            // spread the sign-ins over the ramp-up, as a morning's logins are: each is a bcrypt check of ~0.25 CPU s
            Thread.sleep(Math.max(5, rampUp.toMillis() / sessions));
        }
        boolean allOpen = opened.await(Math.max(60, duration.toSeconds()), TimeUnit.SECONDS);
        long steadyFrom = System.nanoTime();
        steady = true;
        long heapWithUis = heapAfterGc();
        for (Thread t : threads) {
            t.join();
        }
        long ended = System.nanoTime();
        report(rampUpPhase, (steadyFrom - started) / 1e9, -1);
        report(steadyPhase, (ended - steadyFrom) / 1e9, actions.get());
        reportHeap(heapBefore, heapWithUis, allOpen);
        return rampUpPhase.errorCount() + steadyPhase.errorCount();
    }

    private void drive(int n, long deadline, CountDownLatch opened, AtomicInteger actions) {
        String user = USERS[n % USERS.length][0];
        String list = USERS[n % USERS.length][1];
        String grid = list.equals("avvik") ? "deviation-grid" : "follow-up-grid";
        Random random = new Random(n);
        VaadinSession tab = new VaadinSession(url);
        boolean counted = false;
        try {
            if (!time("login", () -> {
                if (!tab.login(user, "demo")) {
                    throw new IOException("login refused for " + user);
                }
                return tab.last();
            })) {
                return;
            }
            time("full page load (start page)", () -> tab.open(""));
            opened.countDown();
            counted = true;
            boolean open = false;
            int round = 0;
            while (System.nanoTime() < deadline) {
                round++;
                pause(random);
                time("start page", () -> tab.navigate("", "client"));
                pause(random);
                time("open list " + list, () -> tab.navigate(list, "client"));
                if (list.equals("avvik")) {
                    pause(random);
                    open = !open;
                    boolean value = open;
                    time("filter (open only)", () -> tab.check("tag:vaadin-checkbox", value));
                }
                pause(random);
                if (round % DEEP_JUMP_EVERY == n % DEEP_JUMP_EVERY) {
                    time("jump deep (rows 0-90 000)", () -> tab.scroll(grid, random.nextInt(9000) * 10, 100));
                } else {
                    time("scroll on (rows 50-500)", () -> tab.scroll(grid, 50 + random.nextInt(45) * 10, 100));
                }
                if (user.equals("direktor")) {
                    pause(random);
                    int id = 1 + random.nextInt(mandateIds);
                    time("open mandate", () -> tab.navigate("oppfolging/oppdrag/" + id, "client"));
                    if (tab.node("update-status").isPresent()) {
                        time("update mandate status", () -> {
                            tab.click("update-status");
                            tab.type("status-text", "Lasttest " + System.currentTimeMillis());
                            return tab.click("status-save");
                        });
                    }
                }
                actions.incrementAndGet();
            }
        } catch (RuntimeException e) {
            record("session", e);
        } finally {
            if (!counted) {
                opened.countDown();
            }
        }
    }

    @FunctionalInterface
    private interface Action {
        VaadinSession.Exchange call() throws IOException, InterruptedException;
    }

    /** Times one action; an exception counts as an error of that action (the session goes on). */
    private boolean time(String name, Action action) {
        long t = System.nanoTime();
        try {
            VaadinSession.Exchange ex = action.call();
            phase().samples().computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>())
                    .add(new long[] {System.nanoTime() - t, ex == null ? 0 : ex.bytes()});
            return true;
        } catch (IOException | RuntimeException e) {
            record(name, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void record(String name, Exception e) {
        Phase phase = phase();
        phase.errors().computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        phase.firstError().putIfAbsent(name, String.valueOf(e.getMessage()));
    }

    private Phase phase() {
        return steady ? steadyPhase : rampUpPhase;
    }

    private void pause(Random random) {
        try {
            // think time with ±50 % jitter, so the sessions do not march in step
            Thread.sleep((long) (think.toMillis() * (0.5 + random.nextDouble())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Phase phase, double seconds, int rounds) {
        out.printf(Locale.ROOT, "LOAD %s: url=%s sessions=%d %.0fs think=%.1fs ramp-up=%ds%s%n", phase.title(), url,
                sessions, seconds, think.toMillis() / 1000.0, rampUp.toSeconds(), rounds < 0 ? "" : " rounds=" + rounds);
        long total = 0;
        out.printf(Locale.ROOT, "%-30s %7s %9s %9s %9s %7s %10s %10s%n", "action", "count", "median", "p95", "max",
                "errors", "avg bytes", "max bytes");
        List<String> names = new ArrayList<>(phase.samples().keySet());
        phase.errors().keySet().stream().filter(k -> !names.contains(k)).forEach(names::add);
        Collections.sort(names);
        for (String name : names) {
            List<long[]> s = new ArrayList<>(phase.samples().getOrDefault(name, new ConcurrentLinkedQueue<>()));
            total += s.size();
            List<Long> ms = s.stream().map(x -> x[0]).sorted().toList();
            long bytes = s.stream().mapToLong(x -> x[1]).sum();
            long maxBytes = s.stream().mapToLong(x -> x[1]).max().orElse(0);
            out.printf(Locale.ROOT, "%-30s %7d %7.1fms %7.1fms %7.1fms %7d %10d %10d%n", name, s.size(), pct(ms, 50),
                    pct(ms, 95), ms.isEmpty() ? 0 : ms.getLast() / 1e6,
                    phase.errors().getOrDefault(name, new AtomicInteger()).get(), s.isEmpty() ? 0 : bytes / s.size(),
                    maxBytes);
        }
        out.printf(Locale.ROOT, "LOAD %s: throughput=%.1f requests/s (timed actions) errors=%d%n", phase.title(),
                seconds > 0 ? total / seconds : 0, phase.errorCount());
        phase.firstError().forEach((k, v) -> out.println("LOAD first error in " + k + ": " + v));
    }

    private void reportHeap(long heapBefore, long heapWithUis, boolean allOpen) {
        if (heapBefore > 0 && heapWithUis > 0) {
            out.printf(Locale.ROOT, "LOAD heap after full GC: %d KB before, %d KB with %d open UIs%s: %.3f MB per UI%n",
                    heapBefore / 1024, heapWithUis / 1024, sessions, allOpen ? "" : " (not all opened)",
                    (heapWithUis - heapBefore) / 1048576.0 / sessions);
        }
    }

    private static double pct(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** The server's used heap right after a forced full GC (jcmd on this machine), or 0 without a pid. */
    private long heapAfterGc() {
        if (serverPid == null) {
            return 0;
        }
        try {
            exec("jcmd", String.valueOf(serverPid), "GC.run");
            Matcher m = USED.matcher(exec("jcmd", String.valueOf(serverPid), "GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
        } catch (IOException e) {
            out.println("LOAD could not read the server's heap: " + e.getMessage());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Runs a JDK tool (jcmd) of the running JVM, or from the path, and returns what it printed. */
    static String exec(String... command) throws IOException, InterruptedException {
        String jcmd = System.getProperty("java.home") + "/bin/" + command[0];
        command[0] = new java.io.File(jcmd).exists() ? jcmd : command[0];
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }
}
