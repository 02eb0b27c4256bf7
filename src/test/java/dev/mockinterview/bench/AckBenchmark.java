package dev.mockinterview.bench;

import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole ack path over HTTP, the real bot against a bare Bolt app ({@link BareBoltApp}) served the same way, side
 * by side in one run, plus start-up time and resident memory. Both run as their own JVM processes with the same JVM
 * flags, against one in-process {@link FakeSlack} on 127.0.0.1, each with its own port and temporary database.
 * Requests are signed as Slack signs them ({@code SlackSigner}) and built with {@code SlackRequests}.
 *
 * <ol>
 *   <li>Start-up: process spawn to the first {@code 200} from {@code GET /healthz}, several times each, alternating,
 *       each start on a fresh database; the median is compared.</li>
 *   <li>Set-up: {@code users} simulated users each get a real interview in the bot ({@code cap 500}, then
 *       {@code /mockinterview}); a tracker follows each user's current card (its button value) in the fake's
 *       {@code chat.postMessage} calls.</li>
 *   <li>Warm-up, then closed-loop throughput: {@code connections} keep-alive connections send as fast as answers
 *       come for {@code closed-seconds}. The mix is per user: {@code /mockinterview}, Hint, Hint, Next question, on
 *       the user's real card for the bot and with the same payloads for the bare app.</li>
 *   <li>Open loop: {@code open-rps} for {@code open-seconds}, same mix. Request i is due at start + i/rate; any of
 *       {@code senders} connections takes it; its latency runs from when it was due, so a stall is never hidden
 *       (no coordinated omission). The achieved rate is reported.</li>
 *   <li>Bot only: {@code /mockinterview} from fresh users at {@code post-rps} for {@code post-seconds}; latency from
 *       the scheduled send to the fake receiving {@code chat.postMessage} in the user's DM ({@code "D"+user}).</li>
 *   <li>VmRSS (and peak VmHWM) of both processes after the load.</li>
 * </ol>
 *
 * <p>Between phases the bot's post-ack work (database writes, Web API calls) is let drain, so no phase pays for the
 * previous one's backlog; how long that took is reported. Every loop is bounded in count and time; the child
 * processes are killed in {@code finally} and by a shutdown hook.
 *
 * <p>Run from the repository root (see README); arguments are {@code key=value}, or {@code quick} for 5-second
 * phases; {@code help} lists them. Exit code 0 when every target passes, 1 when one fails, 2 on an error.
 */
public final class AckBenchmark {
    static final String SECRET = "bench-signing-secret-0123456789";
    static final String TOKEN = "xoxb-bench-0000-token";
    /** Always given to both processes, as the launcher script does. */
    static final List<String> FIXED_FLAGS = List.of("-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true");
    /**
     * The default heap and GC, chosen by measuring (quick runs, same load, NMT): the bot's live heap after the load
     * is about 25 MB, so a 64 MB start that may grow to 128 MB never needs to grow far; Serial GC adds no native GC
     * structures (G1 added ~40 MB of them and ended ~45 MB higher in VmRSS, Parallel ~25 MB higher) and, with one
     * core's worth of young generation to copy, keeps young pauses to a few milliseconds on two cores.
     */
    static final String DEFAULT_JVM_FLAGS = "-Xms64m -Xmx96m -XX:+UseSerialGC";

    static final double TARGET_THROUGHPUT_RATIO = 0.9;
    static final double TARGET_ACK_P99_MS = 10;
    static final double TARGET_POST_P99_MS = 50;
    static final double TARGET_STARTUP_RATIO = 1.5;
    static final double TARGET_RSS_MB = 256;
    /** An open-loop phase that falls more than this short of its rate does not count as sustained. */
    static final double MIN_ACHIEVED_FRACTION = 0.98;

    private static final int REQUEST_TIMEOUT_MS = 10_000;
    private static final Duration QUIET = Duration.ofMillis(1500);
    private static final Pattern BUTTON_VALUE = Pattern.compile("\"value\":\"(\\d{1,18}:[a-z0-9][a-z0-9-]{0,99})\"");
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private AckBenchmark() {
    }

    // -------------------------------------------------------------------------------------------------- options

    /** The run's settings; every duration in seconds. */
    record Options(int starts, int warmupSeconds, int closedSeconds, int connections, double openRps,
                   int openSeconds, int senders, double postRps, int postSeconds, int users, int drainSeconds,
                   String jvmFlags, Path jfrDir, Map<String, String> childEnv, int histogram, boolean keepFiles) {

        static final String USAGE = """
                AckBenchmark [quick] [key=value ...]
                  starts=5            start-ups measured per app (median reported)
                  warmup-seconds=20   closed-loop warm-up per app
                  closed-seconds=30   closed-loop throughput phase per app
                  connections=16      closed-loop connections
                  open-rps=500        open-loop rate
                  open-seconds=60     open-loop duration per app
                  senders=64          open-loop sender connections (the most requests in flight)
                  post-rps=100        command-to-question rate (bot only)
                  post-seconds=60     command-to-question duration
                  users=1000          simulated users with a real interview
                  drain-seconds=180   longest wait for the bot's post-ack work to finish between phases
                  jvm="FLAGS"         heap/GC flags for both processes (default: %s)
                  jfr=DIR             record a JFR profile of both loaded processes into DIR
                  env=K=V[,K=V]       extra environment for both processes, e.g. env=MALLOC_ARENA_MAX=2
                  histogram=N         after the RSS reading, print the bot's N biggest heap classes (jcmd)
                  keep=true           keep the processes' logs and databases (deleted by default)
                  quick               5-second phases, 3 start-ups, 200 users (a smoke run)
                """.formatted(DEFAULT_JVM_FLAGS);

        static Options defaults() {
            return new Options(5, 20, 30, 16, 500, 60, 64, 100, 60, 1000, 180, DEFAULT_JVM_FLAGS, null, Map.of(),
                    0, false);
        }

        static Options parse(String[] args) {
            Map<String, String> kv = new LinkedHashMap<>();
            boolean quick = false;
            for (String a : args) {
                if (a.equals("quick")) {
                    quick = true;
                    continue;
                }
                int eq = a.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("not key=value: " + a);
                }
                kv.put(a.substring(0, eq), a.substring(eq + 1));
            }
            Options d = quick
                    ? new Options(3, 3, 5, 16, 500, 5, 64, 100, 5, 200, 60, DEFAULT_JVM_FLAGS, null, Map.of(), 0,
                            false)
                    : defaults();
            Options o = new Options(
                    intArg(kv, "starts", d.starts, 1, 50),
                    intArg(kv, "warmup-seconds", d.warmupSeconds, 0, 600),
                    intArg(kv, "closed-seconds", d.closedSeconds, 1, 600),
                    intArg(kv, "connections", d.connections, 1, 256),
                    doubleArg(kv, "open-rps", d.openRps, 1, 20_000),
                    intArg(kv, "open-seconds", d.openSeconds, 1, 600),
                    intArg(kv, "senders", d.senders, 1, 512),
                    doubleArg(kv, "post-rps", d.postRps, 1, 5_000),
                    intArg(kv, "post-seconds", d.postSeconds, 1, 600),
                    intArg(kv, "users", d.users, 1, 100_000),
                    intArg(kv, "drain-seconds", d.drainSeconds, 1, 3_600),
                    kv.containsKey("jvm") ? kv.remove("jvm").trim() : d.jvmFlags,
                    kv.containsKey("jfr") ? Path.of(kv.remove("jfr")).toAbsolutePath() : null,
                    envArg(kv.remove("env")),
                    intArg(kv, "histogram", d.histogram, 0, 1000),
                    Boolean.parseBoolean(kv.getOrDefault("keep", Boolean.toString(d.keepFiles))));
            kv.remove("keep");
            if (!kv.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): " + kv.keySet());
            }
            return o;
        }

        List<String> jvm() {
            List<String> flags = new ArrayList<>();
            for (String f : jvmFlags.split("\\s+")) {
                if (!f.isBlank()) {
                    flags.add(f);
                }
            }
            flags.addAll(FIXED_FLAGS);
            return flags;
        }

        private static Map<String, String> envArg(String v) {
            Map<String, String> env = new LinkedHashMap<>();
            if (v == null || v.isBlank()) {
                return env;
            }
            for (String pair : v.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("env wants K=V[,K=V]: " + v);
                }
                env.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return env;
        }

        private static int intArg(Map<String, String> kv, String key, int dflt, int min, int max) {
            String v = kv.remove(key);
            int n = v == null ? dflt : Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + " must be " + min + ".." + max + ": " + n);
            }
            return n;
        }

        private static double doubleArg(Map<String, String> kv, String key, double dflt, double min, double max) {
            String v = kv.remove(key);
            double n = v == null ? dflt : Double.parseDouble(v.trim());
            if (!(n >= min && n <= max)) {
                throw new IllegalArgumentException(key + " must be " + min + ".." + max + ": " + n);
            }
            return n;
        }
    }

    // ------------------------------------------------------------------------------------------------ processes

    /** The two programs under test. */
    enum Kind {
        BOT("bot", "dev.mockinterview.Main", List.of("serve")),
        BARE("bare", "dev.mockinterview.bench.BareBoltApp", List.of());

        final String label;
        final String mainClass;
        final List<String> args;

        Kind(String label, String mainClass, List<String> args) {
            this.label = label;
            this.mainClass = mainClass;
            this.args = args;
        }
    }

    /** A child JVM: the bot or the bare app, on its own port and temporary folder. */
    static final class Child implements AutoCloseable {
        final Kind kind;
        final Process process;
        final int port;
        final Path log;
        final long spawnedAt;

        private Child(Kind kind, Process process, int port, Path log, long spawnedAt) {
            this.kind = kind;
            this.process = process;
            this.port = port;
            this.log = log;
            this.spawnedAt = spawnedAt;
        }

        /** Spawns {@code kind} on a free port; {@code spawnedAt} is taken just before the process is started. */
        static Child spawn(Kind kind, List<String> jvmFlags, Map<String, String> extraEnv, String apiUrl, Path dir)
                throws IOException {
            Files.createDirectories(dir);
            int port = freePort();
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmFlags);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(kind.mainClass);
            cmd.addAll(kind.args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Map<String, String> env = pb.environment();
            env.remove("SLACK_APP_TOKEN");
            env.remove("MOCKINTERVIEW_DAILY_MANAGERS");
            env.put("SLACK_BOT_TOKEN", TOKEN);
            env.put("SLACK_SIGNING_SECRET", SECRET);
            env.put("PORT", Integer.toString(port));
            env.put("SLACK_API_URL", apiUrl);
            env.put("MOCKINTERVIEW_DB", dir.resolve("mi.db").toString());
            env.put("QUESTIONS_DIR", Path.of("questions").toAbsolutePath().toString());
            env.putAll(extraEnv);
            Path log = dir.resolve(kind.label + ".log");
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            LIVE.add(p);
            return new Child(kind, p, port, log, t0);
        }

        /**
         * Polls {@code GET /healthz} every few milliseconds until it answers 200; returns the time since spawn.
         * Throws if the process dies or does not become healthy within {@code timeout}.
         */
        long awaitHealthyNanos(Duration timeout) throws Exception {
            long deadline = spawnedAt + timeout.toNanos();
            byte[] get = RawHttp.get("/healthz", port);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(kind.label + " exited with " + process.exitValue()
                            + " before it was healthy:\n" + tail());
                }
                try (RawHttp h = new RawHttp("127.0.0.1", port, 1000)) {
                    if (h.exchange(get).status() == 200) {
                        return System.nanoTime() - spawnedAt;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException(kind.label + " not healthy within " + timeout + ":\n" + tail());
        }

        /** Waits for the "running on port N" line and checks N. */
        void awaitRunningLine(Duration timeout) throws Exception {
            Pattern running = Pattern.compile("running on port (\\d+)");
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                Matcher m = running.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    if (Integer.parseInt(m.group(1)) != port) {
                        throw new IllegalStateException(kind.label + " runs on " + m.group(1) + ", not " + port);
                    }
                    return;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException(kind.label + " printed no 'running on port':\n" + tail());
        }

        /** A {@code /proc/<pid>/status} figure in MB (VmRSS, VmHWM), NaN when unreadable. */
        double procStatusMb(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
            return Double.NaN;
        }

        String logText() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        String tail() {
            String text = logText();
            return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
        }

        /** SIGTERM, then SIGKILL after 15 s. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            LIVE.remove(process);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    // ------------------------------------------------------------------------------------------- card tracker

    /**
     * Follows the fake Slack's calls: each user's current button value (from the latest DM post carrying one), how
     * many DM posts and response_url replies the bot made, and when it last called at all (to see its post-ack
     * work drain). While {@link #trimming} is on it also empties the fake's records now and then, so a long run
     * does not hold every message in memory; a card missed in that instant is seen again at the user's next
     * {@code /mockinterview}, which re-posts it.
     */
    static final class Tracker implements AutoCloseable {
        private static final int TRIM_AT = 20_000;
        private final FakeSlack slack;
        private final Map<String, String> values = new ConcurrentHashMap<>();
        private final AtomicLong dmPosts = new AtomicLong();
        private final AtomicLong replies = new AtomicLong();
        private final AtomicLong lastCallNanos = new AtomicLong(System.nanoTime());
        private final Thread thread;
        private volatile boolean trimming = true;
        private volatile boolean running = true;
        private int scanned;

        Tracker(FakeSlack slack) {
            this.slack = slack;
            this.thread = new Thread(this::loop, "bench-tracker");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            while (running) {
                scan();
                LockSupport.parkNanos(100_000_000L);
            }
        }

        private synchronized void scan() {
            List<FakeSlack.Call> calls = slack.calls();
            if (calls.size() < scanned) {
                scanned = 0; // someone reset the fake
                lastCallNanos.set(System.nanoTime());
            }
            if (calls.size() > scanned) {
                lastCallNanos.set(System.nanoTime());
            }
            for (; scanned < calls.size(); scanned++) {
                FakeSlack.Call c = calls.get(scanned);
                if (c.method().equals(FakeSlack.RESPONSE_URL)) {
                    replies.incrementAndGet();
                    continue;
                }
                if (!c.method().equals("chat.postMessage") && !c.method().equals("chat.update")) {
                    continue;
                }
                String channel = c.param("channel");
                if (channel == null || !channel.startsWith("D")) {
                    continue;
                }
                dmPosts.incrementAndGet();
                String blocks = c.param("blocks");
                if (blocks == null) {
                    continue;
                }
                String last = null;
                Matcher m = BUTTON_VALUE.matcher(blocks);
                while (m.find()) {
                    last = m.group(1);
                }
                if (last != null) {
                    values.put(channel.substring(1), last);
                }
            }
            if (trimming && scanned >= TRIM_AT) {
                trim();
            }
        }

        /** Empties the fake's call records and message history (which exists for conversations.history). */
        private void trim() {
            slack.reset();
            scanned = 0;
            slack.forgetHistory();
        }

        String value(String user) {
            return values.get(user);
        }

        int known(List<String> users) {
            int n = 0;
            for (String u : users) {
                if (values.containsKey(u)) {
                    n++;
                }
            }
            return n;
        }

        void trimming(boolean on) {
            trimming = on;
        }

        long dmPosts() {
            return dmPosts.get();
        }

        long replies() {
            return replies.get();
        }

        /**
         * Waits until the fake has seen no call for {@link #QUIET} (the bot's post-ack work is done), at most
         * {@code max}; returns the time waited, or -1 if it was still busy.
         */
        long awaitQuiet(Duration max) throws InterruptedException {
            long t0 = System.nanoTime();
            long deadline = t0 + max.toNanos();
            while (System.nanoTime() < deadline) {
                scan();
                if (System.nanoTime() - lastCallNanos.get() >= QUIET.toNanos()) {
                    return System.nanoTime() - t0;
                }
                Thread.sleep(100);
            }
            return -1;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(2000);
        }
    }

    // ---------------------------------------------------------------------------------------------- the load

    /** One request to send: its kind (0 command, 1 hint, 2 next) and bytes. */
    record Req(int kind, byte[] bytes) {
    }

    static final String[] KINDS = {"command", "hint", "next"};

    /** What the phases send to one app: the users, their card values, and the per-user cycle. */
    static final class Target {
        final Kind kind;
        final Child child;
        final SlackTraffic traffic;
        final List<String> users;
        final Map<String, String> fixedValues;
        final Tracker tracker;
        final AtomicLong counter = new AtomicLong();

        Target(Kind kind, Child child, SlackTraffic traffic, List<String> users, Map<String, String> fixedValues,
               Tracker tracker) {
            this.kind = kind;
            this.child = child;
            this.traffic = traffic;
            this.users = users;
            this.fixedValues = fixedValues;
            this.tracker = tracker;
        }

        /**
         * The next request of the mix. Users take turns; each user's own requests cycle through
         * {@code /mockinterview}, Hint, Hint, Next question, on its current card (a command while none is known).
         */
        Req next() {
            long c = counter.getAndIncrement();
            int n = users.size();
            String user = users.get((int) (c % n));
            int step = (int) ((c / n) % 4);
            String value = tracker != null ? tracker.value(user) : fixedValues.get(user);
            if (step == 0 || value == null) {
                return new Req(0, traffic.command(user));
            }
            return step == 3 ? new Req(2, traffic.click(user, ActionIds.NEXT, value))
                    : new Req(1, traffic.click(user, ActionIds.HINT, value));
        }
    }

    /** A growable list of longs, per thread. */
    static final class Longs {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        static long[] concat(List<Longs> parts) {
            int total = 0;
            for (Longs l : parts) {
                total += l.n;
            }
            long[] out = new long[total];
            int i = 0;
            for (Longs l : parts) {
                System.arraycopy(l.a, 0, out, i, l.n);
                i += l.n;
            }
            return out;
        }
    }

    /** Result of a closed-loop phase. */
    record Closed(long ok, long errors, double rps, BenchStats.Summary latency, Map<String, BenchStats.Summary> byKind,
                  List<String> errorSamples) {
    }

    /** As many requests as {@code connections} connections can carry for {@code seconds}. */
    static Closed closedLoop(Target t, int connections, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong(start);
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        List<Longs[]> perThread = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            Thread th = new Thread(() -> {
                Longs[] lat = {new Longs(), new Longs(), new Longs()};
                perThread.add(lat);
                try (RawHttp conn = new RawHttp("127.0.0.1", t.child.port, REQUEST_TIMEOUT_MS)) {
                    while (System.nanoTime() < deadline) {
                        Req r = t.next();
                        long s = System.nanoTime();
                        int status;
                        String body = "";
                        try {
                            RawHttp.Reply reply = conn.exchange(r.bytes());
                            status = reply.status();
                            body = reply.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        long e = System.nanoTime();
                        lat[r.kind()].add(e - s);
                        lastEnd.accumulateAndGet(e, Math::max);
                        if (status == 200) {
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(status + " " + body);
                            }
                        }
                    }
                }
            }, "bench-closed-" + k);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join(seconds * 1000L + REQUEST_TIMEOUT_MS + 5_000);
        }
        Map<String, BenchStats.Summary> byKind = new LinkedHashMap<>();
        List<Longs> all = new ArrayList<>();
        synchronized (perThread) {
            for (int kind = 0; kind < KINDS.length; kind++) {
                List<Longs> parts = new ArrayList<>();
                for (Longs[] l : perThread) {
                    parts.add(l[kind]);
                    all.add(l[kind]);
                }
                long[] lat = Longs.concat(parts);
                if (lat.length > 0) {
                    byKind.put(KINDS[kind], BenchStats.Summary.ofNanos(lat));
                }
            }
        }
        return new Closed(ok.get(), errors.get(), BenchStats.rate(ok.get(), lastEnd.get() - start),
                BenchStats.Summary.ofNanos(Longs.concat(all)), byKind, List.copyOf(errorSamples));
    }

    /** Result of an open-loop phase. Latencies run from each request's scheduled time. */
    record Open(int scheduled, int sent, long errors, double achievedRps, BenchStats.Summary latency,
                BenchStats.Summary sendLag, int maxInFlight, long[] scheduledWallMicros, List<String> errorSamples) {
    }

    /** Builds request {@code index} of an open-loop phase. */
    interface RequestSource {
        Req build(int index);
    }

    /**
     * {@code rate} requests a second for {@code seconds}: request i is due at start + i/rate; whichever of
     * {@code senders} connections is free takes the next one and sends it when due (at once if late). Latency is
     * measured from the due time. Requests not sent within the phase plus the request timeout count as errors.
     */
    static Open openLoop(int port, RequestSource source, double rate, int seconds, int senders)
            throws InterruptedException {
        int n = BenchStats.requestCount(rate, seconds);
        long[] latency = new long[n];
        long[] lag = new long[n];
        long[] scheduledWall = new long[n];
        Arrays.fill(latency, Long.MAX_VALUE);
        Arrays.fill(lag, Long.MAX_VALUE);
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong lastSend = new AtomicLong();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        // The wall clock of the schedule (for matching the fake's receivedAt), anchored once.
        Instant wall0 = Instant.now();
        long nano0 = System.nanoTime();
        long start = nano0 + 100_000_000L;
        long giveUp = start + seconds * 1_000_000_000L + REQUEST_TIMEOUT_MS * 1_000_000L;
        long wallStartMicros = wall0.getEpochSecond() * 1_000_000 + wall0.getNano() / 1000
                + (start - nano0) / 1000;
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < Math.min(senders, n); k++) {
            Thread th = new Thread(() -> {
                try (RawHttp conn = new RawHttp("127.0.0.1", port, REQUEST_TIMEOUT_MS)) {
                    while (true) {
                        int i = nextIndex.getAndIncrement();
                        if (i >= n) {
                            return;
                        }
                        long due = BenchStats.scheduledNanos(start, i, rate);
                        scheduledWall[i] = wallStartMicros + (due - start) / 1000;
                        Req r = source.build(i); // built before it is due: generator work is not timed
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        long s = System.nanoTime();
                        if (s > giveUp) {
                            errors.incrementAndGet();
                            continue;
                        }
                        lag[i] = s - due;
                        int now = inFlight.incrementAndGet();
                        maxInFlight.accumulateAndGet(now, Math::max);
                        sent.incrementAndGet();
                        lastSend.accumulateAndGet(s, Math::max);
                        int status;
                        String body = "";
                        try {
                            RawHttp.Reply reply = conn.exchange(r.bytes());
                            status = reply.status();
                            body = reply.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        inFlight.decrementAndGet();
                        latency[i] = System.nanoTime() - due;
                        if (status != 200) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(status + " " + body);
                            }
                        }
                    }
                }
            }, "bench-open-" + k);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000 + 5_000));
        }
        return new Open(n, sent.get(), errors.get(),
                BenchStats.achievedRate(sent.get(), start, lastSend.get(), rate),
                BenchStats.Summary.ofNanos(latency), BenchStats.Summary.ofNanos(lag), maxInFlight.get(),
                scheduledWall, List.copyOf(errorSamples));
    }

    /** Sends one request per element on {@code connections} connections, untimed (set-up). */
    static int sendAll(int port, List<byte[]> requests, int connections) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (int k = 0; k < connections; k++) {
            Thread th = new Thread(() -> {
                try (RawHttp conn = new RawHttp("127.0.0.1", port, REQUEST_TIMEOUT_MS)) {
                    for (int i = next.getAndIncrement(); i < requests.size() && System.nanoTime() < giveUp;
                         i = next.getAndIncrement()) {
                        try {
                            if (conn.exchange(requests.get(i)).status() != 200) {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                }
            }, "bench-setup-" + k);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join(TimeUnit.MINUTES.toMillis(6));
        }
        return failed.get();
    }

    // ------------------------------------------------------------------------------------------------- the run

    public static void main(String[] args) {
        Options o;
        try {
            if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help"))) {
                OUT.print(Options.USAGE);
                return;
            }
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        Thread hook = new Thread(() -> LIVE.forEach(Process::destroyForcibly), "bench-kill-children");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = run(o) ? 0 : 1;
        } catch (Throwable e) {
            System.err.println("benchmark failed: " + e);
            e.printStackTrace();
            code = 2;
        } finally {
            LIVE.forEach(Process::destroyForcibly);
        }
        System.exit(code);
    }

    /** Runs every phase and prints the figures; true when every target passed. */
    static boolean run(Options o) throws Exception {
        // The fake uses the JDK HTTP server too; without this its replies wait on Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        if (!Files.isDirectory(Path.of("questions"))) {
            throw new IllegalStateException("run from the repository root: no ./questions here");
        }
        Path tmp = Files.createTempDirectory("mi-ackbench");
        List<String> jvm = o.jvm();
        List<String> verdicts = new ArrayList<>();
        OUT.printf(Locale.ROOT, "cores=%d java=%s os=%s loadavg=%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), loadAverage());
        OUT.println("jvm_flags (both processes)=" + String.join(" ", jvm)
                + (o.childEnv.isEmpty() ? "" : " env=" + o.childEnv));
        OUT.println("options=" + o.toString().replaceFirst("^Options", ""));

        try (FakeSlack slack = new FakeSlack(); Tracker tracker = new Tracker(slack)) {
            // ---- start-up, alternating so drift hits both alike
            List<Long> botStarts = new ArrayList<>();
            List<Long> bareStarts = new ArrayList<>();
            for (int i = 0; i < o.starts; i++) {
                for (Kind kind : Kind.values()) {
                    Path dir = tmp.resolve("start-" + kind.label + i);
                    try (Child c = Child.spawn(kind, jvm, o.childEnv, slack.apiUrl(), dir)) {
                        long nanos = c.awaitHealthyNanos(Duration.ofSeconds(60));
                        (kind == Kind.BOT ? botStarts : bareStarts).add(nanos);
                    }
                }
            }
            double botStart = median(botStarts);
            double bareStart = median(bareStarts);
            double startRatio = botStart / bareStart;
            verdicts.add(line(String.format(Locale.ROOT,
                    "startup_ms (spawn to /healthz 200, median of %d) bot=%s bare=%s ratio=%s target<=%.1f",
                    o.starts, BenchStats.fmt(botStart), BenchStats.fmt(bareStart), BenchStats.fmt(startRatio),
                    TARGET_STARTUP_RATIO), startRatio <= TARGET_STARTUP_RATIO));
            OUT.println("  startup samples ms: bot=" + millis(botStarts) + " bare=" + millis(bareStarts));

            // ---- the two processes under load
            List<String> loadJvm = new ArrayList<>(jvm);
            if (o.jfrDir != null) {
                Files.createDirectories(o.jfrDir);
            }
            try (Child bot = Child.spawn(Kind.BOT, loadFlags(loadJvm, o.jfrDir, "bot"), o.childEnv, slack.apiUrl(),
                    tmp.resolve("load-bot"));
                 Child bare = Child.spawn(Kind.BARE, loadFlags(loadJvm, o.jfrDir, "bare"), o.childEnv,
                         slack.apiUrl(),
                         tmp.resolve("load-bare"))) {
                bot.awaitHealthyNanos(Duration.ofSeconds(60));
                bare.awaitHealthyNanos(Duration.ofSeconds(60));
                bot.awaitRunningLine(Duration.ofSeconds(10));
                bare.awaitRunningLine(Duration.ofSeconds(10));
                OUT.printf(Locale.ROOT, "  rss_mb idle: bot=%s bare=%s%n", BenchStats.fmt(bot.procStatusMb("VmRSS")),
                        BenchStats.fmt(bare.procStatusMb("VmRSS")));

                // ---- set-up: a real interview per user, and the cap raised so Next keeps working
                List<String> users = new ArrayList<>();
                for (int i = 0; i < o.users; i++) {
                    users.add(String.format(Locale.ROOT, "UBENCH%05d", i));
                }
                SlackTraffic botTraffic = new SlackTraffic(SECRET, bot.port, slack.responseUrl(""),
                        ActionIds.HINT, ActionIds.NEXT);
                SlackTraffic bareTraffic = new SlackTraffic(SECRET, bare.port, slack.responseUrl(""),
                        ActionIds.HINT, ActionIds.NEXT);
                List<byte[]> setup = new ArrayList<>();
                for (String u : users) {
                    setup.add(botTraffic.command(u, "cap 500", slack.responseUrl(u + "-cap")));
                    setup.add(botTraffic.command(u));
                }
                long t0 = System.nanoTime();
                int setupFailed = sendAll(bot.port, setup, Math.min(o.connections, 8));
                long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.drainSeconds);
                while (tracker.known(users) < users.size() && System.nanoTime() < waitUntil) {
                    Thread.sleep(100);
                }
                tracker.awaitQuiet(Duration.ofSeconds(o.drainSeconds));
                OUT.printf(Locale.ROOT, "  setup: %d users, %d with a card, %d set-up requests failed, %.1f s%n",
                        users.size(), tracker.known(users), setupFailed, (System.nanoTime() - t0) / 1e9);
                Map<String, String> bareValues = new HashMap<>();
                for (String u : users) {
                    String v = tracker.value(u);
                    bareValues.put(u, v != null ? v : "1:backend-senior-01-bare");
                }
                Target botTarget = new Target(Kind.BOT, bot, botTraffic, users, null, tracker);
                Target bareTarget = new Target(Kind.BARE, bare, bareTraffic, users, bareValues, null);

                // ---- warm-up
                if (o.warmupSeconds > 0) {
                    for (Target t : List.of(botTarget, bareTarget)) {
                        closedLoop(t, o.connections, o.warmupSeconds);
                        drain(tracker, o, t.kind.label + " warm-up");
                    }
                }

                // ---- (a) closed-loop throughput
                Map<Kind, Closed> closed = new LinkedHashMap<>();
                Map<Kind, Double> ackCpu = new LinkedHashMap<>();
                for (Target t : List.of(botTarget, bareTarget)) {
                    long posts = tracker.dmPosts();
                    long replies = tracker.replies();
                    Cpu cpu = Cpu.of(t.child);
                    closed.put(t.kind, closedLoop(t, o.connections, o.closedSeconds));
                    long drained = drain(tracker, o, t.kind.label + " closed loop");
                    Closed c = closed.get(t.kind);
                    OUT.printf(Locale.ROOT, "  closed_loop %s: ok=%d errors=%d rps=%s ack_ms %s%s%n", t.kind.label,
                            c.ok(), c.errors(), BenchStats.fmt(c.rps()), c.latency().format(),
                            c.errorSamples().isEmpty() ? "" : " error_samples=" + c.errorSamples());
                    c.byKind().forEach((k, s) -> OUT.printf(Locale.ROOT, "    %s: n=%d %s%n", k, s.count(),
                            s.format()));
                    if (t.kind == Kind.BOT) {
                        OUT.printf(Locale.ROOT, "    bot post-ack work: %d DM posts, %d response_url replies; "
                                        + "drained %s s after the phase%n", tracker.dmPosts() - posts,
                                tracker.replies() - replies, drained < 0 ? "NOT" : BenchStats.fmt(drained / 1e9));
                    }
                    ackCpu.put(t.kind, cpu.print(t.child, c.ok() + c.errors()));
                }
                Closed cb = closed.get(Kind.BOT);
                Closed ca = closed.get(Kind.BARE);
                double ratio = cb.rps() / ca.rps();
                verdicts.add(line(String.format(Locale.ROOT,
                        "ack_throughput_rps (closed loop, %d connections, %d s, /mockinterview+Hint+Next) bot=%s "
                                + "bare=%s ratio=%s target>=%.2f errors bot=%d bare=%d", o.connections,
                        o.closedSeconds, BenchStats.fmt(cb.rps()), BenchStats.fmt(ca.rps()), BenchStats.fmt(ratio),
                        TARGET_THROUGHPUT_RATIO, cb.errors(), ca.errors()),
                        ratio >= TARGET_THROUGHPUT_RATIO && cb.errors() == 0));
                OUT.printf(Locale.ROOT, "  ack_path_cpu_ms_per_request (HTTP threads, closed loop) bot=%s bare=%s "
                                + "ratio=%s (the rest of the bot's CPU is post-ack work, JIT and GC)%n",
                        BenchStats.fmt(ackCpu.getOrDefault(Kind.BOT, Double.NaN)),
                        BenchStats.fmt(ackCpu.getOrDefault(Kind.BARE, Double.NaN)),
                        BenchStats.fmt(ackCpu.getOrDefault(Kind.BOT, Double.NaN)
                                / ackCpu.getOrDefault(Kind.BARE, Double.NaN)));

                // ---- (b) open loop
                for (Target t : List.of(botTarget, bareTarget)) {
                    long posts = tracker.dmPosts();
                    Cpu cpu = Cpu.of(t.child);
                    Open r = openLoop(t.child.port, i -> t.next(), o.openRps, o.openSeconds, o.senders);
                    long drained = drain(tracker, o, t.kind.label + " open loop");
                    boolean sustained = r.achievedRps() >= MIN_ACHIEVED_FRACTION * o.openRps
                            && r.sent() == r.scheduled();
                    boolean pass = r.latency().p99Ms() <= TARGET_ACK_P99_MS && r.errors() == 0 && sustained;
                    String text = String.format(Locale.ROOT,
                            "ack_latency_ms %s (open loop %s rps x %d s, from scheduled send) %s errors=%d "
                                    + "achieved_rps=%s target p99<=%.0f", t.kind.label, BenchStats.fmt(o.openRps),
                            o.openSeconds, r.latency().format(), r.errors(), BenchStats.fmt(r.achievedRps()),
                            TARGET_ACK_P99_MS);
                    if (t.kind == Kind.BOT) {
                        verdicts.add(line(text, pass));
                    } else {
                        OUT.println(text + " (reference: " + BenchStats.verdict(pass) + ")");
                    }
                    OUT.printf(Locale.ROOT, "    generator: sent=%d/%d send_lag_ms %s max_in_flight=%d/%d%s%n",
                            r.sent(), r.scheduled(), r.sendLag().format(), r.maxInFlight(), o.senders,
                            r.errorSamples().isEmpty() ? "" : " error_samples=" + r.errorSamples());
                    if (t.kind == Kind.BOT) {
                        OUT.printf(Locale.ROOT, "    bot post-ack work: %d DM posts; drained %s s after the phase%n",
                                tracker.dmPosts() - posts, drained < 0 ? "NOT" : BenchStats.fmt(drained / 1e9));
                    }
                    cpu.print(t.child, r.sent());
                }

                // ---- (c) slash command to question posted, fresh users (bot only)
                tracker.awaitQuiet(Duration.ofSeconds(o.drainSeconds));
                tracker.trimming(false);
                slack.reset();
                String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
                int postN = BenchStats.requestCount(o.postRps, o.postSeconds);
                List<String> fresh = new ArrayList<>(postN);
                for (int i = 0; i < postN; i++) {
                    fresh.add("UFRESH" + run + String.format(Locale.ROOT, "%06d", i));
                }
                Cpu postCpu = Cpu.of(bot);
                Open p = openLoop(bot.port, i -> new Req(0, botTraffic.command(fresh.get(i))), o.postRps,
                        o.postSeconds, o.senders);
                long[] postLatency = commandToPost(slack, fresh, p.scheduledWallMicros(),
                        Duration.ofSeconds(o.drainSeconds));
                tracker.awaitQuiet(Duration.ofSeconds(o.drainSeconds));
                BenchStats.Summary ps = BenchStats.Summary.ofNanos(postLatency);
                long missing = Arrays.stream(postLatency).filter(v -> v == Long.MAX_VALUE).count();
                boolean postSustained = p.achievedRps() >= MIN_ACHIEVED_FRACTION * o.postRps
                        && p.sent() == p.scheduled();
                verdicts.add(line(String.format(Locale.ROOT,
                        "command_to_question_ms bot (open loop %s rps x %d s, fresh users, scheduled send to "
                                + "chat.postMessage in D<user>) %s not_posted=%d ack_errors=%d achieved_rps=%s "
                                + "target p99<=%.0f", BenchStats.fmt(o.postRps), o.postSeconds, ps.format(), missing,
                        p.errors(), BenchStats.fmt(p.achievedRps()), TARGET_POST_P99_MS),
                        ps.p99Ms() <= TARGET_POST_P99_MS && missing == 0 && p.errors() == 0 && postSustained));
                OUT.printf(Locale.ROOT, "    its acks: %s; generator send_lag_ms %s%n", p.latency().format(),
                        p.sendLag().format());
                postCpu.print(bot, p.sent());
                tracker.trimming(true);

                // ---- (d) resident memory after the load
                tracker.awaitQuiet(Duration.ofSeconds(o.drainSeconds));
                double botRss = bot.procStatusMb("VmRSS");
                double bareRss = bare.procStatusMb("VmRSS");
                verdicts.add(line(String.format(Locale.ROOT,
                        "rss_mb after load (VmRSS) bot=%s (peak VmHWM %s) target<=%.0f; bare=%s (peak %s)",
                        BenchStats.fmt(botRss), BenchStats.fmt(bot.procStatusMb("VmHWM")), TARGET_RSS_MB,
                        BenchStats.fmt(bareRss), BenchStats.fmt(bare.procStatusMb("VmHWM"))),
                        botRss <= TARGET_RSS_MB));
                if (o.histogram > 0) {
                    OUT.println("  heap histogram of the bot (jcmd GC.class_histogram, after a full GC):");
                    jcmd(bot, "GC.class_histogram").lines().skip(1).limit(o.histogram + 2L)
                            .forEach(l -> OUT.println("    " + l));
                }
                if (jvm.stream().anyMatch(f -> f.startsWith("-XX:NativeMemoryTracking="))) {
                    OUT.println("  native memory (NMT, committed MB) bot: " + nativeMemory(bot));
                    OUT.println("  native memory (NMT, committed MB) bare: " + nativeMemory(bare));
                }
                String flags = firstLine(bot.logText(), "-XX:");
                if (flags != null) {
                    OUT.println("  effective flags (bot, -XX:+PrintCommandLineFlags): " + flags);
                }
                int problems = countErrors(bot.logText());
                if (problems > 0) {
                    OUT.println("  note: the bot logged " + problems + " ERROR line(s); run with keep=true to read "
                            + bot.log);
                }
            }
        } finally {
            LIVE.forEach(Process::destroyForcibly);
            for (Process p : LIVE) {
                p.waitFor(5, TimeUnit.SECONDS);
            }
            if (o.keepFiles) {
                OUT.println("files (logs, databases) kept in " + tmp);
            } else {
                deleteTree(tmp);
            }
        }
        OUT.println("loadavg at the end=" + loadAverage() + " (other work on the machine skews every figure)");
        long failed = verdicts.stream().filter(v -> v.endsWith("FAIL")).count();
        OUT.println("verdict=" + (failed == 0 ? "PASS" : "FAIL (" + failed + " of " + verdicts.size() + ")"));
        return failed == 0;
    }

    /**
     * For each fresh user i, the time from its command's scheduled send to the fake receiving the first
     * {@code chat.postMessage} to {@code "D"+user}; {@code Long.MAX_VALUE} when none came within {@code wait}.
     */
    static long[] commandToPost(FakeSlack slack, List<String> users, long[] scheduledWallMicros, Duration wait)
            throws InterruptedException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            index.put("D" + users.get(i), i);
        }
        long[] out = new long[users.size()];
        Arrays.fill(out, Long.MAX_VALUE);
        int found = 0;
        int scanned = 0;
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<FakeSlack.Call> calls = slack.calls();
            for (; scanned < calls.size(); scanned++) {
                FakeSlack.Call c = calls.get(scanned);
                if (!c.method().equals("chat.postMessage")) {
                    continue;
                }
                Integer i = index.get(c.param("channel"));
                if (i == null || out[i] != Long.MAX_VALUE) {
                    continue;
                }
                Instant at = c.receivedAt();
                long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
                out[i] = Math.max(0, (micros - scheduledWallMicros[i]) * 1000);
                found++;
            }
            if (found == users.size() || System.nanoTime() > deadline) {
                return out;
            }
            Thread.sleep(100);
        }
    }

    /** Per-thread CPU of an app and of this process at the start of a phase. */
    record Cpu(Map<Long, ThreadCpu.Sample> app, Map<Long, ThreadCpu.Sample> self) {
        static Cpu of(Child c) {
            return new Cpu(ThreadCpu.snapshot(c.process.pid()), ThreadCpu.snapshot(ProcessHandle.current().pid()));
        }

        /**
         * Prints the CPU spent since, per request, by thread group (post-ack work included: call after a drain);
         * returns the app's HTTP-thread (ack path) CPU per request in ms, NaN when unknown.
         */
        double print(Child c, long requests) {
            if (requests <= 0 || app.isEmpty()) {
                return Double.NaN;
            }
            Map<String, Double> appMs = ThreadCpu.delta(app, ThreadCpu.snapshot(c.process.pid()));
            Map<String, Double> selfMs = ThreadCpu.delta(self, ThreadCpu.snapshot(ProcessHandle.current().pid()));
            OUT.println("    cpu_ms_per_request " + c.kind.label + ": " + ThreadCpu.format(appMs, requests, "")
                    + "; benchmark process: " + ThreadCpu.format(selfMs, requests, ""));
            return appMs.getOrDefault("http", 0.0) / requests;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Deletes a folder this run made (its own temporary folder only). */
    static void deleteTree(Path dir) {
        if (!dir.getFileName().toString().startsWith("mi-ackbench")) {
            throw new IllegalArgumentException("not a benchmark folder: " + dir);
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            OUT.println("note: could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static long drain(Tracker tracker, Options o, String after) throws InterruptedException {
        long waited = tracker.awaitQuiet(Duration.ofSeconds(o.drainSeconds));
        if (waited < 0) {
            OUT.println("  warning: the bot's post-ack work was still running " + o.drainSeconds + " s after the "
                    + after + "; the next phase shares the CPU with it");
        }
        return waited;
    }

    private static List<String> loadFlags(List<String> jvm, Path dir, String name) {
        List<String> flags = new ArrayList<>(jvm);
        flags.add("-XX:+PrintCommandLineFlags");
        if (dir != null) {
            flags.add("-XX:StartFlightRecording=filename=" + dir.resolve(name + ".jfr") + ",settings=profile,"
                    + "dumponexit=true");
        }
        return flags;
    }

    /** The output of {@code jcmd <pid> <command...>}, or an explanation. */
    static String jcmd(Child c, String... command) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(c.process.pid())));
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return text;
        } catch (IOException e) {
            return "jcmd failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The committed figures of {@code jcmd <pid> VM.native_memory summary}, one per category, in MB. */
    static String nativeMemory(Child c) {
        String text = jcmd(c, "VM.native_memory", "summary");
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("(?m)^[-\\s]*([A-Z][A-Za-z ]+?)(?: \\(|: )reserved=\\d+KB, committed=(\\d+)KB")
                .matcher(text);
        while (m.find()) {
            long mb = Math.round(Long.parseLong(m.group(2)) / 1024.0);
            if (mb > 0 || m.group(1).equals("Total")) {
                sb.append(sb.length() == 0 ? "" : ", ").append(m.group(1).trim()).append('=').append(mb);
            }
        }
        return sb.length() == 0 ? "unavailable" : sb.toString();
    }

    private static String line(String text, boolean pass) {
        String l = text + " " + BenchStats.verdict(pass);
        OUT.println(l);
        return l;
    }

    static double median(List<Long> nanos) {
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        double mid = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return mid / 1e6;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> Long.toString(n / 1_000_000)).toList().toString();
    }

    private static String firstLine(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
    }

    private static int countErrors(String text) {
        return (int) text.lines().filter(l -> l.contains(" ERROR ")).count();
    }
}
