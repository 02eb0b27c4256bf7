package dev.mockinterview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads, from Linux's {@code /proc/<pid>/task/<tid>/stat}, grouped by thread name: so a
 * phase can say how much CPU each request cost on the ack path (the HTTP threads) and after it (the bot's workers
 * and Web API client), and how much went to the JIT, the GC, and the benchmark's own fake Slack and load generator.
 * Resolution is the kernel's clock tick (10 ms), plenty over phases of thousands of requests. Empty off Linux.
 */
final class ThreadCpu {
    /** Linux's USER_HZ; it is 100 on every mainstream kernel build. */
    static final long TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /** Thread id to {name, CPU ticks}, for every live thread of {@code pid}. */
    static Map<Long, Sample> snapshot(long pid) {
        Map<Long, Sample> out = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                try {
                    Sample s = parse(Files.readString(task.resolve("stat")));
                    if (s != null) {
                        out.put(Long.parseLong(task.getFileName().toString()), s);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    record Sample(String name, long ticks) {
    }

    /** Parses one {@code stat} line: the name is between the first '(' and the last ')'; utime and stime follow. */
    static Sample parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        String name = stat.substring(open + 1, close);
        String[] f = stat.substring(close + 2).trim().split("\\s+");
        // after the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
        // utime(14) stime(15)
        if (f.length < 13) {
            return null;
        }
        return new Sample(name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
    }

    /** The group a thread's name belongs to. */
    static String group(String name) {
        if (name.startsWith("mi-http") || name.startsWith("bare-http") || name.equals("HTTP-Dispatcher")) {
            return "http";
        }
        if (name.startsWith("mi-worker") || name.startsWith("OkHttp") || name.startsWith("HttpClient")) {
            return "post-ack";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "jit";
        }
        if (name.startsWith("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")
                || name.startsWith("VM Periodic")) {
            return "gc+vm";
        }
        if (name.startsWith("fake-slack")) {
            return "fake-slack";
        }
        if (name.startsWith("bench-")) {
            return "generator";
        }
        return "other";
    }

    /** CPU milliseconds per group between two snapshots (threads that appeared count from zero). */
    static Map<String, Double> delta(Map<Long, Sample> before, Map<Long, Sample> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String g : new String[] {"http", "post-ack", "jit", "gc+vm", "fake-slack", "generator", "other"}) {
            out.put(g, 0.0);
        }
        after.forEach((tid, s) -> {
            Sample b = before.get(tid);
            long ticks = s.ticks() - (b != null && b.name().equals(s.name()) ? b.ticks() : 0);
            out.merge(group(s.name()), ticks * 1000.0 / TICKS_PER_SECOND, Double::sum);
        });
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /** "total=12.3 s (http=8.1, post-ack=3.0, ...)" with each figure divided by {@code per} (e.g. requests). */
    static String format(Map<String, Double> ms, double per, String unit) {
        double total = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "total=%s%s (", BenchStats.fmt(total / per),
                unit));
        boolean first = true;
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            sb.append(first ? "" : " ").append(e.getKey()).append('=').append(BenchStats.fmt(e.getValue() / per));
            first = false;
        }
        return sb.append(')').toString();
    }
}
