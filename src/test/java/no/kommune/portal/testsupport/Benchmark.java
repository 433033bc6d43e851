package no.kommune.portal.testsupport;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one server call repeatedly and reports median and 95th percentile. Used by the tests tagged
 * {@code benchmark}, which are run on demand (see docs/benchmarks.md), never as timed assertions.
 */
public final class Benchmark {

    public record Result(String name, int runs, double medianMs, double p95Ms, double maxMs) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-45s runs=%3d  median=%7.1f ms  p95=%7.1f ms  max=%7.1f ms",
                    name, runs, medianMs, p95Ms, maxMs);
        }
    }

    private Benchmark() {
    }

    public static Result measure(String name, int warmups, int runs, Supplier<?> call) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            if (result == null) {
                throw new IllegalStateException(name + " returned nothing");
            }
        }
        Arrays.sort(ms);
        double median = (ms[(runs - 1) / 2] + ms[runs / 2]) / 2;
        Result result = new Result(name, runs, median, ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
        System.out.println("BENCHMARK " + result);
        return result;
    }
}
