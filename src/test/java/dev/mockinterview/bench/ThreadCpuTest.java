package dev.mockinterview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Per-thread CPU from /proc: parsing stat lines, grouping threads, and the difference of two snapshots")
class ThreadCpuTest {

    @Test
    @DisplayName("a stat line whose thread name holds spaces and parentheses gives its name and utime+stime")
    void parse() {
        // given a stat line of a JIT thread (name with a space) and one with ')' in the name
        String jit = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 1077936192 100 0 0 0 250 17 0 0 20 0 1 0";
        String odd = "4243 (a) b) R 1 4200 4200 0 -1 1077936192 100 0 0 0 3 4 0 0 20 0 1 0";
        // then
        assertEquals(new ThreadCpu.Sample("C2 CompilerThre", 267), ThreadCpu.parse(jit));
        assertEquals(new ThreadCpu.Sample("a) b", 7), ThreadCpu.parse(odd));
        assertNull(ThreadCpu.parse("garbage"));
    }

    @Test
    @DisplayName("threads are grouped by name: HTTP threads are the ack path, workers and Web API clients post-ack")
    void groups() {
        assertEquals("http", ThreadCpu.group("mi-http-12"));
        assertEquals("http", ThreadCpu.group("bare-http-3"));
        assertEquals("http", ThreadCpu.group("HTTP-Dispatcher"));
        assertEquals("post-ack", ThreadCpu.group("mi-worker-8"));
        assertEquals("post-ack", ThreadCpu.group("OkHttp TaskRunn"));
        assertEquals("jit", ThreadCpu.group("C1 CompilerThre"));
        assertEquals("gc+vm", ThreadCpu.group("VM Thread"));
        assertEquals("other", ThreadCpu.group("main"));
    }

    @Test
    @DisplayName("the delta counts new threads from zero and ignores a reused thread id under another name")
    void delta() {
        // given
        Map<Long, ThreadCpu.Sample> before = Map.of(1L, new ThreadCpu.Sample("mi-http-1", 100),
                2L, new ThreadCpu.Sample("mi-worker-1", 50), 3L, new ThreadCpu.Sample("main", 10));
        Map<Long, ThreadCpu.Sample> after = Map.of(1L, new ThreadCpu.Sample("mi-http-1", 130),
                2L, new ThreadCpu.Sample("mi-worker-1", 50), 3L, new ThreadCpu.Sample("C1 CompilerThre", 5),
                4L, new ThreadCpu.Sample("mi-http-2", 20));
        // when
        Map<String, Double> ms = ThreadCpu.delta(before, after);
        // then: 50 ticks of http (30 + 20), 5 of jit, nothing for the idle worker
        assertEquals(Map.of("http", 500.0, "jit", 50.0), ms);
        assertEquals("total=0.55 (http=0.50 jit=0.05)", ThreadCpu.format(ms, 1000, ""));
    }
}
