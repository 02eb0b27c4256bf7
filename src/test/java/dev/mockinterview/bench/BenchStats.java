package dev.mockinterview.bench;

import java.util.Arrays;
import java.util.Locale;

/** The arithmetic of {@link AckBenchmark}: percentiles, the open-loop schedule, ratios and verdicts. Pure. */
final class BenchStats {
    private BenchStats() {
    }

    /**
     * Nearest-rank percentile ({@code p} in (0, 100]) of sorted values: the smallest value with at least p% of the
     * values at or below it. {@code Long.MAX_VALUE} entries (requests that never completed) sort last and count.
     * Empty input gives NaN.
     */
    static double percentile(long[] sorted, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length); // 1-based
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)];
    }

    /** A summary of latencies given in nanoseconds, reported in milliseconds. */
    record Summary(int count, double p50Ms, double p99Ms, double maxMs) {
        static Summary ofNanos(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Summary(s.length, ms(percentile(s, 50)), ms(percentile(s, 99)),
                    s.length == 0 ? Double.NaN : ms(s[s.length - 1]));
        }

        String format() {
            return String.format(Locale.ROOT, "p50=%s p99=%s max=%s", fmt(p50Ms), fmt(p99Ms), fmt(maxMs));
        }

        private static double ms(double nanos) {
            return nanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : nanos / 1e6;
        }
    }

    /** Number of requests an open-loop phase sends: {@code round(rate * seconds)}, at least 1. */
    static int requestCount(double ratePerSecond, double seconds) {
        if (!(ratePerSecond > 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("rate and duration must be positive");
        }
        long n = Math.round(ratePerSecond * seconds);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many requests: " + n);
        }
        return (int) Math.max(1, n);
    }

    /**
     * When request {@code index} (0-based) of an open-loop phase is due: {@code start + index / rate}, computed from
     * the index (not by adding intervals) so rounding never accumulates over a long phase.
     */
    static long scheduledNanos(long startNanos, long index, double ratePerSecond) {
        return startNanos + Math.round(index * (1e9 / ratePerSecond));
    }

    /** Requests per second over a span; NaN for an empty span. */
    static double rate(long requests, long spanNanos) {
        return spanNanos <= 0 ? Double.NaN : requests * 1e9 / spanNanos;
    }

    /**
     * The achieved rate of an open-loop phase: the requests sent divided by the time from the first scheduled send
     * to the last actual send, with one interval added so that a phase that keeps its schedule exactly reports the
     * configured rate.
     */
    static double achievedRate(int sent, long firstScheduledNanos, long lastActualSendNanos, double configuredRate) {
        if (sent <= 0) {
            return 0;
        }
        long span = lastActualSendNanos - firstScheduledNanos + Math.round(1e9 / configuredRate);
        return rate(sent, span);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return "inf";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }
}
