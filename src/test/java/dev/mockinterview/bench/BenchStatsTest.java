package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ack benchmark's arithmetic: percentiles, open-loop schedule, achieved rate")
class BenchStatsTest {

    @Test
    @DisplayName("nearest-rank percentiles: p50 and p99 of 1..100, a single value, and empty input")
    void percentiles() {
        // given 1..100
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        // then
        assertEquals(50, BenchStats.percentile(hundred, 50));
        assertEquals(99, BenchStats.percentile(hundred, 99));
        assertEquals(100, BenchStats.percentile(hundred, 100));
        assertEquals(1, BenchStats.percentile(hundred, 0.5));
        assertEquals(7, BenchStats.percentile(new long[] {7}, 99));
        assertTrue(Double.isNaN(BenchStats.percentile(new long[0], 50)));
        assertThrows(IllegalArgumentException.class, () -> BenchStats.percentile(hundred, 0));
        assertThrows(IllegalArgumentException.class, () -> BenchStats.percentile(hundred, 101));
    }

    @Test
    @DisplayName("p99 of 10 values is the largest; a request that never completed makes p99 infinite")
    void tail() {
        // given 10 values, one of them a request that never completed
        long[] nanos = {1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000, 8_000_000,
                9_000_000, Long.MAX_VALUE};
        // when
        BenchStats.Summary s = BenchStats.Summary.ofNanos(nanos);
        // then
        assertEquals(10, s.count());
        assertEquals(5.0, s.p50Ms());
        assertEquals(Double.POSITIVE_INFINITY, s.p99Ms());
        assertEquals(Double.POSITIVE_INFINITY, s.maxMs());
        assertEquals("p50=5.00 p99=inf max=inf", s.format());
    }

    @Test
    @DisplayName("the summary sorts its input and leaves the caller's array alone")
    void summaryDoesNotSortInPlace() {
        long[] nanos = {3_000_000, 1_000_000, 2_000_000};
        BenchStats.Summary s = BenchStats.Summary.ofNanos(nanos);
        assertEquals(2.0, s.p50Ms());
        assertEquals(3.0, s.maxMs());
        assertEquals(3_000_000, nanos[0]);
    }

    @Test
    @DisplayName("open loop: request i is due at start + i/rate, without drift over a long phase")
    void schedule() {
        // 500 rps: every 2 ms
        assertEquals(1_000L, BenchStats.scheduledNanos(1_000L, 0, 500));
        assertEquals(1_000L + 2_000_000L, BenchStats.scheduledNanos(1_000L, 1, 500));
        assertEquals(60_000_000_000L, BenchStats.scheduledNanos(0, 30_000, 500));
        // a rate whose interval is not a whole number of nanoseconds does not accumulate rounding
        assertEquals(60_000_000_000L, BenchStats.scheduledNanos(0, 180_000, 3_000));
        assertEquals(333_333L, BenchStats.scheduledNanos(0, 1, 3_000));
        assertEquals(30_000, BenchStats.requestCount(500, 60));
        assertEquals(500, BenchStats.requestCount(100, 5));
        assertEquals(1, BenchStats.requestCount(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> BenchStats.requestCount(0, 60));
    }

    @Test
    @DisplayName("achieved rate: a phase that keeps its schedule reports the configured rate; a late one less")
    void achievedRate() {
        // 500 requests at 100 rps: the last is due at 4.99 s
        long start = 0;
        long lastDue = BenchStats.scheduledNanos(start, 499, 100);
        assertEquals(100.0, BenchStats.achievedRate(500, start, lastDue, 100), 1e-9);
        // the last one sent 5 s late: half the rate
        assertEquals(50.0, BenchStats.achievedRate(500, start, lastDue + 5_000_000_000L, 100), 1e-9);
        assertEquals(0.0, BenchStats.achievedRate(0, start, start, 100));
    }

    @Test
    @DisplayName("median of start-up samples in ms, odd and even counts")
    void median() {
        assertEquals(2.0, AckBenchmark.median(List.of(3_000_000L, 1_000_000L, 2_000_000L)));
        assertEquals(2.5, AckBenchmark.median(List.of(4_000_000L, 1_000_000L, 2_000_000L, 3_000_000L)));
        assertTrue(Double.isNaN(AckBenchmark.median(List.of())));
    }

    @Test
    @DisplayName("options: defaults are the full targets, quick shortens the phases, unknown keys are refused")
    void options() {
        AckBenchmark.Options d = AckBenchmark.Options.parse(new String[0]);
        assertEquals(500, d.openRps());
        assertEquals(60, d.openSeconds());
        assertEquals(100, d.postRps());
        assertEquals(60, d.postSeconds());
        AckBenchmark.Options q = AckBenchmark.Options.parse(new String[] {"quick", "open-seconds=7",
                "jvm=-Xmx96m -XX:+UseSerialGC"});
        assertEquals(5, q.closedSeconds());
        assertEquals(7, q.openSeconds());
        assertEquals(List.of("-Xmx96m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dsun.net.httpserver.nodelay=true"), q.jvm());
        assertThrows(IllegalArgumentException.class, () -> AckBenchmark.Options.parse(new String[] {"rps=5"}));
        assertThrows(IllegalArgumentException.class,
                () -> AckBenchmark.Options.parse(new String[] {"open-rps=0"}));
    }
}
