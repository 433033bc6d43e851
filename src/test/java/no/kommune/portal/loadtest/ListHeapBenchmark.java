package no.kommune.portal.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The live heap one open UI of one list costs (issue 15: ≤ 0.5 MB per open UI): signs in N sessions of one user, one
 * after the other, opens the start page and navigates to the list in each, and keeps them open; the server's used heap
 * after a full GC before and after, divided by N. Unlike {@link LoadClientBenchmark} (a mix of lists and actions) it
 * measures one view. Against a running portal on this machine (jcmd needs the server's pid):
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=ListHeapBenchmark \
 *   -Dportal.load.url=http://127.0.0.1:8131 -Dportal.load.pid=&lt;pid&gt; -Dportal.load.sessions=100 \
 *   -Dportal.heap.route=oppfolging -Dportal.heap.user=politiker
 * </pre>
 */
@Tag("benchmark")
class ListHeapBenchmark {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void heap_per_open_ui_of_one_list() throws Exception {
        String base = System.getProperty("portal.load.url", "http://127.0.0.1:8080");
        String pid = System.getProperty("portal.load.pid", "");
        int sessions = Math.min(1000, Integer.getInteger("portal.load.sessions", 100));
        String route = System.getProperty("portal.heap.route", "oppfolging");
        String user = System.getProperty("portal.heap.user", "politiker");
        assertThat(InetAddress.getByName(URI.create(base).getHost()).isLoopbackAddress()).as("loopback only").isTrue();
        assertThat(pid).as("-Dportal.load.pid").isNotBlank();

        // one session first, so beans created on first use and caches filled by the first visit are not counted
        List<VaadinSession> open = new ArrayList<>();
        open.add(opened(base, user, route));
        long before = heapAfterGc(pid);
        for (int i = 0; i < sessions; i++) {
            open.add(opened(base, user, route));
        }
        long after = heapAfterGc(pid);
        System.out.printf(java.util.Locale.ROOT, "BENCHMARK heap /%s (%s): %d KB before, %d KB with %d more UIs: "
                + "%.3f MB per UI%n", route, user, before / 1024, after / 1024, sessions,
                (after - before) / 1048576.0 / sessions);
        assertThat(open).hasSize(sessions + 1);
    }

    private static VaadinSession opened(String base, String user, String route) throws Exception {
        VaadinSession tab = new VaadinSession(base);
        if (!tab.login(user, "demo")) {
            throw new IllegalStateException(user + " could not sign in");
        }
        tab.open("");
        tab.navigate(route, "client");
        return tab;
    }

    /** The server's used heap after two forced full GCs (jcmd of this JDK). */
    private static long heapAfterGc(String pid) throws Exception {
        LoadClient.exec("jcmd", pid, "GC.run");
        LoadClient.exec("jcmd", pid, "GC.run");
        Matcher m = USED.matcher(LoadClient.exec("jcmd", pid, "GC.heap_info"));
        assertThat(m.find()).as("jcmd GC.heap_info of " + pid).isTrue();
        return Long.parseLong(m.group(1)) * 1024;
    }
}
