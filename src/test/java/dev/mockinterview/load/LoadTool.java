package dev.mockinterview.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SlackRequests;
import dev.mockinterview.testutil.SlackSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Load tool: drives the real bot in HTTP mode (through {@link MockInterviewServer#start}) against a
 * {@link FakeSlack} on 127.0.0.1 and a temporary SQLite database, with signed requests from many simulated users at
 * once. Each user runs one interview: {@code /mockinterview}, waits for its question card in its DM, then Hint,
 * an Answer form submission (private_metadata = the card's button value), Model answer and Next question.
 * Users are spread over a fixed pool of {@code connections} threads, each with its own HTTP client.
 *
 * <p>Records the ack latency (send to HTTP response) and status of every request, then verifies, after the bot has
 * stopped and drained: (a) every acknowledged answer submission is in the database (answers per user == acked
 * submissions of that user), (b) every DM {@code "D"+user} only received posts whose button values name sessions
 * of that user, (c) the fake saw no Block Kit violations.
 *
 * <p>Long run: {@code java -cp ... dev.mockinterview.load.LoadTool USERS CONNECTIONS SECONDS} (default 400 16 300).
 * Every loop is bounded by the user count and the time budget; all traffic goes to 127.0.0.1.
 */
public final class LoadTool {

    static final String SECRET = "load-signing-secret";
    static final String TOKEN = "xoxb-load-test";
    private static final Duration PER_WAIT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final String ANSWER = "At my last company I owned the checkout API. p99 latency went from "
            + "120 ms to 2 s, so I added tracing, found an N+1 query, added an index and a Redis cache, and as a "
            + "result p99 fell to 90 ms. The trade-off was cache invalidation, which I handled with short TTLs.";

    /** One request's outcome. status -1: no HTTP response (I/O error or timeout). */
    record Sample(String user, String kind, int status, long micros) {
    }

    /** The figures and the verification outcomes of one run. */
    public record Result(int users, int connections, Duration budget, Duration elapsed,
                         int usersCompleted, int usersNotStarted, List<String> userFailures,
                         int sent, int acknowledged, int errors,
                         double ackP50Ms, double ackP99Ms, double ackMaxMs,
                         int submissionsAcked, int answersInDb, int lost, List<String> lostDetails,
                         int dmPostsChecked, List<String> crossUserPosts, List<String> violations) {

        /** True when every check passed and every request was acknowledged. */
        public boolean ok() {
            return errors == 0 && lost == 0 && crossUserPosts.isEmpty() && violations.isEmpty()
                    && userFailures.isEmpty() && usersNotStarted == 0;
        }

        public List<String> lines() {
            return List.of(
                    "users=" + users + " connections=" + connections + " budget_s=" + budget.toSeconds()
                            + " cores=" + Runtime.getRuntime().availableProcessors(),
                    "elapsed_ms=" + elapsed.toMillis(),
                    "users_completed=" + usersCompleted + " not_started=" + usersNotStarted
                            + " failed=" + userFailures.size(),
                    "requests_sent=" + sent,
                    "acknowledged=" + acknowledged,
                    "errors=" + errors,
                    String.format(java.util.Locale.ROOT, "ack_latency_ms p50=%.1f p99=%.1f max=%.1f",
                            ackP50Ms, ackP99Ms, ackMaxMs),
                    "submissions_acked=" + submissionsAcked + " answers_in_db=" + answersInDb + " lost=" + lost,
                    "dm_posts_checked=" + dmPostsChecked + " cross_user_posts=" + crossUserPosts.size(),
                    "blockkit_violations=" + violations.size(),
                    "verdict=" + (ok() ? "PASS" : "FAIL"));
        }
    }

    private LoadTool() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Result r = run(users, connections, Duration.ofSeconds(seconds));
        r.lines().forEach(System.out::println);
        r.userFailures().stream().limit(10).forEach(f -> System.out.println("failure: " + f));
        r.lostDetails().stream().limit(10).forEach(f -> System.out.println("lost: " + f));
        r.crossUserPosts().stream().limit(10).forEach(f -> System.out.println("cross-user: " + f));
        r.violations().stream().limit(10).forEach(f -> System.out.println("violation: " + f));
        System.exit(r.ok() ? 0 : 1);
    }

    public static Result run(int users, int connections, Duration budget) throws Exception {
        if (users < 1 || connections < 1 || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("users, connections and budget must be positive");
        }
        // As in FeedbackLatencyBenchmark: without this the fake's replies wait on Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path tmp = Files.createTempDirectory("mi-load");
        Path db = tmp.resolve("load.db");
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> submissionsAcked = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        List<FakeSlack.Call> dmPosts;
        List<String> violations;
        try (FakeSlack slack = new FakeSlack()) {
            Config config = new Config(TOKEN, SECRET, null, 0, slack.apiUrl(), db, Path.of("questions"));
            MockInterviewServer server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(
                    Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), d -> { }, Ticker.systemTicker()));
            try {
                String url = "http://127.0.0.1:" + server.port() + "/slack/events";
                ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER).build());
                AtomicInteger workerNo = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(connections, r -> {
                    Thread t = new Thread(r, "load-conn-" + workerNo.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
                try {
                    for (int i = 0; i < users; i++) {
                        String user = String.format("ULOAD%05d", i);
                        pool.execute(() -> {
                            if (System.nanoTime() >= deadline) {
                                return; // budget spent: this user never starts
                            }
                            started.incrementAndGet();
                            try {
                                new SimUser(user, url, slack, clients.get(), samples, submissionsAcked, deadline)
                                        .interview();
                                completed.incrementAndGet();
                            } catch (Throwable e) {
                                failures.add(user + ": " + firstLine(e));
                            }
                        });
                    }
                } finally {
                    pool.shutdown();
                    long left = Math.max(0, deadline - System.nanoTime()) + PER_WAIT.toNanos();
                    if (!pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                        pool.shutdownNow();
                        failures.add("pool did not finish within the budget");
                        pool.awaitTermination(5, TimeUnit.SECONDS);
                    }
                }
            } finally {
                server.close(); // finishes in-flight work and closes the database
            }
            dmPosts = slack.calls().stream()
                    .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                    .filter(c -> c.param("channel") != null && c.param("channel").startsWith("D"))
                    .toList();
            violations = slack.violations();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        Map<String, Integer> inDb = new TreeMap<>();
        Map<Long, String> owners = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT user_id, COUNT(*) FROM answers GROUP BY user_id")) {
                while (rs.next()) {
                    inDb.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, user_id FROM sessions")) {
                while (rs.next()) {
                    owners.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        Map<String, Integer> acked = new TreeMap<>();
        submissionsAcked.forEach((u, n) -> acked.put(u, n.get()));
        List<String> lostDetails = lostAnswers(acked, inDb);
        int lost = 0;
        for (Map.Entry<String, Integer> e : acked.entrySet()) {
            lost += Math.max(0, e.getValue() - inDb.getOrDefault(e.getKey(), 0));
        }
        List<String> cross = foreignPosts(dmPosts, owners);

        List<Sample> all;
        synchronized (samples) {
            all = new ArrayList<>(samples);
        }
        List<Long> lat = all.stream().map(Sample::micros).sorted().toList();
        int ackedCount = (int) all.stream().filter(s -> s.status() == 200).count();
        return new Result(users, connections, budget, elapsed, completed.get(), users - started.get(),
                List.copyOf(failures), all.size(), ackedCount, all.size() - ackedCount,
                pct(lat, 50), pct(lat, 99), lat.isEmpty() ? 0 : lat.get(lat.size() - 1) / 1000.0,
                acked.values().stream().mapToInt(Integer::intValue).sum(),
                inDb.values().stream().mapToInt(Integer::intValue).sum(), lost, lostDetails,
                dmPosts.size(), cross, violations);
    }

    /**
     * Users whose stored answer count differs from their acknowledged submissions (the tool's answers are the only
     * ones written, so an extra stored answer is as wrong as a missing one).
     */
    static List<String> lostAnswers(Map<String, Integer> ackedPerUser, Map<String, Integer> storedPerUser) {
        List<String> out = new ArrayList<>();
        TreeSet<String> everyone = new TreeSet<>(ackedPerUser.keySet());
        everyone.addAll(storedPerUser.keySet());
        for (String u : everyone) {
            int a = ackedPerUser.getOrDefault(u, 0);
            int s = storedPerUser.getOrDefault(u, 0);
            if (a != s) {
                out.add(u + ": acknowledged " + a + " answer submission(s), database has " + s);
            }
        }
        return out;
    }

    /**
     * DM posts carrying a button whose value ({@code <sessionId>:<questionId>}) names a session that is not the
     * DM owner's ({@code "D"+user}), or that is unknown, or that is not in that form.
     */
    static List<String> foreignPosts(List<FakeSlack.Call> dmPosts, Map<Long, String> sessionOwners) {
        List<String> out = new ArrayList<>();
        for (FakeSlack.Call post : dmPosts) {
            String channel = post.param("channel");
            if (channel == null || !channel.startsWith("D")) {
                continue;
            }
            String user = channel.substring(1);
            List<String> values = new ArrayList<>();
            buttonValues(post.json("blocks"), values);
            for (String v : values) {
                int colon = v.indexOf(':');
                Long session = null;
                if (colon > 0) {
                    try {
                        session = Long.parseLong(v.substring(0, colon));
                    } catch (NumberFormatException e) {
                        session = null;
                    }
                }
                if (session == null) {
                    out.add(channel + ": button value '" + v + "' does not name a session");
                    continue;
                }
                String owner = sessionOwners.get(session);
                if (!user.equals(owner)) {
                    out.add(channel + ": button value '" + v + "' belongs to session " + session + " of "
                            + owner + ", not " + user);
                }
            }
        }
        return out;
    }

    private static void buttonValues(JsonNode node, List<String> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject() && "button".equals(node.path("type").asText()) && node.has("value")) {
            out.add(node.path("value").asText());
        }
        if (node.isContainerNode()) {
            node.forEach(child -> buttonValues(child, out));
        }
    }

    /** Nearest-rank percentile of sorted microseconds, in ms. */
    static double pct(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }

    /** One simulated user's interview; each step is one signed request, timed. */
    private static final class SimUser {
        private final String user;
        private final String url;
        private final FakeSlack slack;
        private final HttpClient client;
        private final List<Sample> samples;
        private final Map<String, AtomicInteger> submissionsAcked;
        private final long deadline;
        private int seq;

        SimUser(String user, String url, FakeSlack slack, HttpClient client, List<Sample> samples,
                Map<String, AtomicInteger> submissionsAcked, long deadline) {
            this.user = user;
            this.url = url;
            this.slack = slack;
            this.client = client;
            this.samples = samples;
            this.submissionsAcked = submissionsAcked;
            this.deadline = deadline;
        }

        void interview() {
            String dm = "D" + user;
            send("command", SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C0LOAD", "/mockinterview", "",
                    slack.responseUrl(user + "-cmd"), trigger()));
            Duration wait = Duration.ofNanos(Math.max(1_000_000L,
                    Math.min(PER_WAIT.toNanos(), deadline - System.nanoTime() + PER_WAIT.toNanos())));
            FakeSlack.Call card = slack.await("chat.postMessage", c -> dm.equals(c.param("channel"))
                    && c.json("blocks").toString().contains(ActionIds.HINT), wait);
            String value = firstButtonValue(card.json("blocks"));
            click(ActionIds.HINT, value);
            int status = send("answer", SlackRequests.viewSubmission(FakeSlack.TEAM_ID, user,
                    ActionIds.ANSWER_MODAL, value,
                    Map.of(ActionIds.ANSWER_BLOCK, Collections.singletonMap(ActionIds.ANSWER_INPUT, ANSWER))));
            if (status == 200) {
                submissionsAcked.computeIfAbsent(user, k -> new AtomicInteger()).incrementAndGet();
            }
            click(ActionIds.MODEL_ANSWER, value);
            click(ActionIds.NEXT, value);
        }

        private void click(String actionId, String value) {
            send(actionId, SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                    actionId, "mi_actions", value, actionId, slack.responseUrl(user + "-" + (++seq)), trigger()));
        }

        private int send(String kind, String body) {
            long ts = Instant.now().getEpochSecond();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
            SlackSigner.headers(SECRET, ts, body).forEach(b::header);
            HttpRequest request = b.build();
            long start = System.nanoTime();
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = -1;
            } catch (Exception e) {
                status = -1;
            }
            samples.add(new Sample(user, kind, status, (System.nanoTime() - start) / 1_000));
            return status;
        }

        private String trigger() {
            return "trigger." + user + "." + (++seq) + ".load";
        }

        private static String firstButtonValue(JsonNode blocks) {
            List<String> values = new ArrayList<>();
            buttonValues(blocks, values);
            if (values.isEmpty()) {
                throw new AssertionError("no buttons on the question card");
            }
            return values.get(0);
        }
    }
}
