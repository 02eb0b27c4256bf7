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
 * <p>Long run: {@code java -cp ... dev.mockinterview.load.LoadTool USERS CONNECTIONS SECONDS [faults]} (default
 * 400 16 300; {@code faults} makes the fake Slack misbehave as {@link #slackFaults} says).
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
                         int dmPostsChecked, List<String> crossUserPosts, List<String> violations,
                         int forgedSent, int forgedAccepted, int redeliveriesSent, List<String> duplicatePosts,
                         List<String> duplicateCards, int usersTold, Map<String, Integer> faultsInjected,
                         Map<String, Integer> errorsByKind, Map<String, Double> ackP99ByKindMs) {

        /**
         * True when every check passed and every request was acknowledged. A user whose question could not be
         * delivered (Slack kept failing) passes only if they were told so.
         */
        public boolean ok() {
            return errors == 0 && lost == 0 && crossUserPosts.isEmpty() && violations.isEmpty()
                    && userFailures.isEmpty() && usersNotStarted == 0 && forgedAccepted == 0
                    && duplicatePosts.isEmpty() && duplicateCards.isEmpty();
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
                    "errors=" + errors + (errorsByKind.isEmpty() ? "" : " " + errorsByKind),
                    String.format(java.util.Locale.ROOT, "ack_latency_ms p50=%.1f p99=%.1f max=%.1f",
                            ackP50Ms, ackP99Ms, ackMaxMs),
                    "ack_p99_ms_by_kind=" + ackP99ByKindMs,
                    "submissions_acked=" + submissionsAcked + " answers_in_db=" + answersInDb + " lost=" + lost,
                    "dm_posts_checked=" + dmPostsChecked + " cross_user_posts=" + crossUserPosts.size(),
                    "blockkit_violations=" + violations.size(),
                    "forged_sent=" + forgedSent + " forged_accepted=" + forgedAccepted,
                    "redeliveries_sent=" + redeliveriesSent + " duplicate_posts=" + duplicatePosts.size()
                            + " duplicate_cards=" + duplicateCards.size(),
                    "slack_faults_injected=" + faultsInjected + " users_told_of_undelivered=" + usersTold,
                    "verdict=" + (ok() ? "PASS" : "FAIL"));
        }
    }

    private LoadTool() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        boolean faults = args.length > 3 && args[3].equals("faults");
        Result r = run(users, connections, Duration.ofSeconds(seconds), faults ? slackFaults(2026) : null);
        r.lines().forEach(System.out::println);
        r.userFailures().stream().limit(10).forEach(f -> System.out.println("failure: " + f));
        r.lostDetails().stream().limit(10).forEach(f -> System.out.println("lost: " + f));
        r.crossUserPosts().stream().limit(10).forEach(f -> System.out.println("cross-user: " + f));
        r.violations().stream().limit(10).forEach(f -> System.out.println("violation: " + f));
        r.duplicatePosts().stream().limit(10).forEach(f -> System.out.println("duplicate: " + f));
        r.duplicateCards().stream().limit(10).forEach(f -> System.out.println("duplicate card: " + f));
        System.exit(r.ok() ? 0 : 1);
    }

    /**
     * The faults of the long and short profiles: about one Web API call or response_url post in five misbehaves
     * (429 with Retry-After 1 s, 500, 1.5 s slow, dropped before or after Slack acts).
     */
    public static FakeSlack.Faults slackFaults(long seed) {
        return new FakeSlack.Faults(0.05, 1, 0.05, 0.03, Duration.ofMillis(1500), 0.03, 0.04,
                java.util.Set.of("chat.postMessage", "chat.update", "conversations.history", "conversations.replies",
                        "conversations.open", "users.info", "views.open", FakeSlack.RESPONSE_URL), seed);
    }

    public static Result run(int users, int connections, Duration budget) throws Exception {
        return run(users, connections, budget, null);
    }

    /** @param faults how the fake Slack misbehaves, or null for never */
    public static Result run(int users, int connections, Duration budget, FakeSlack.Faults faults) throws Exception {
        if (users < 1 || connections < 1 || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("users, connections and budget must be positive");
        }
        // As in FeedbackLatencyBenchmark: without this the fake's replies wait on Nagle's algorithm.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path tmp = Files.createTempDirectory("mi-load");
        Path db = tmp.resolve("load.db");
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> submissionsAcked = new ConcurrentHashMap<>();
        AtomicInteger forgedSent = new AtomicInteger();
        AtomicInteger forgedAccepted = new AtomicInteger();
        AtomicInteger redeliveries = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        long t0 = System.nanoTime();
        long deadline = t0 + budget.toNanos();
        List<FakeSlack.Call> dmPosts;
        List<String> violations;
        List<String> duplicatePosts;
        Map<String, Integer> faultCounts;
        try (FakeSlack slack = new FakeSlack()) {
            slack.injectFaults(faults);
            Config config = new Config(TOKEN, SECRET, null, 0, slack.apiUrl(), db, dev.mockinterview.testutil.FixtureBanks.E2E);
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
                                new SimUser(user, url, slack, clients.get(), samples, submissionsAcked, deadline,
                                        new Tally(forgedSent, forgedAccepted, redeliveries, told)).interview();
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
                awaitDrained(db, Duration.ofSeconds(120));
            } finally {
                server.close(); // finishes in-flight work and closes the database
            }
            dmPosts = slack.calls().stream()
                    .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                    .filter(c -> c.param("channel") != null && c.param("channel").startsWith("D"))
                    .toList();
            violations = slack.violations();
            duplicatePosts = slack.duplicatePosts();
            faultCounts = slack.faultCounts();
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
                dmPosts.size(), cross, violations, forgedSent.get(), forgedAccepted.get(), redeliveries.get(),
                duplicatePosts, duplicateCards(dmPosts), told.get(), faultCounts, errorsByKind(all),
                p99ByKind(all));
    }

    /**
     * Messages posted to one DM more than once with identical blocks. A redelivered command or click that was acted
     * on twice shows up here; the interview itself never posts the same blocks twice.
     */
    static List<String> duplicateCards(List<FakeSlack.Call> dmPosts) {
        Map<String, Integer> posts = new TreeMap<>();
        for (FakeSlack.Call post : dmPosts) {
            if (post.method().equals("chat.postMessage") && post.status() == 200) {
                posts.merge(post.param("channel") + " " + post.json("blocks"), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        posts.forEach((message, n) -> {
            if (n > 1) {
                out.add(message.substring(0, Math.min(160, message.length())) + "... posted " + n + " times");
            }
        });
        return out;
    }

    private static Map<String, Double> p99ByKind(List<Sample> samples) {
        Map<String, List<Long>> byKind = new TreeMap<>();
        samples.forEach(x -> byKind.computeIfAbsent(x.kind(), k -> new ArrayList<>()).add(x.micros()));
        Map<String, Double> out = new TreeMap<>();
        byKind.forEach((k, v) -> out.put(k, pct(v.stream().sorted().toList(), 99)));
        return out;
    }

    private static Map<String, Integer> errorsByKind(List<Sample> samples) {
        Map<String, Integer> out = new TreeMap<>();
        samples.stream().filter(x -> x.status() != 200).forEach(x -> out.merge(x.kind() + ":" + x.status(), 1,
                Integer::sum));
        return out;
    }

    /** Counters shared by the simulated users. */
    private record Tally(AtomicInteger forgedSent, AtomicInteger forgedAccepted, AtomicInteger redeliveries,
                         AtomicInteger told) {
    }

    /**
     * Waits until every acknowledged request's work has run: the bot's request journal is empty. Slack's faults
     * (Retry-After, backoff) can keep work queued well after the last ack.
     */
    static void awaitDrained(Path db, Duration timeout) throws Exception {
        Path journal = dev.mockinterview.storage.SqliteRequestJournal.besides(db);
        long end = System.nanoTime() + timeout.toNanos();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal);
             Statement st = c.createStatement()) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pending_requests")) {
                    if (rs.next() && rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
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
        private final Tally tally;
        private int seq;
        private long lastTs;

        SimUser(String user, String url, FakeSlack slack, HttpClient client, List<Sample> samples,
                Map<String, AtomicInteger> submissionsAcked, long deadline, Tally tally) {
            this.tally = tally;
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
            String commandBody = SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C0LOAD", "/mockinterview", "",
                    slack.responseUrl(user + "-cmd"), trigger());
            send("command", commandBody);
            // Slack's redelivery of the same command: acknowledged, never acted on twice.
            tally.redeliveries().incrementAndGet();
            sendWith("redelivery", commandBody, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                    "http_timeout"), SECRET, lastTs - 1); // re-signed, as Slack does
            Duration wait = Duration.ofNanos(Math.max(1_000_000L,
                    Math.min(PER_WAIT.toNanos(), deadline - System.nanoTime() + PER_WAIT.toNanos())));
            FakeSlack.Call card;
            try {
                card = slack.await("chat.postMessage", c -> dm.equals(c.param("channel")) && c.status() == 200
                        && c.json("blocks").toString().contains(ActionIds.HINT), wait);
            } catch (AssertionError noCard) {
                // Slack kept failing: the user must have been told through the command's response_url.
                boolean wasTold = slack.calls(FakeSlack.RESPONSE_URL).stream()
                        .anyMatch(c -> (user + "-cmd").equals(c.name()) && c.status() == 200);
                if (!wasTold) {
                    throw noCard;
                }
                tally.told().incrementAndGet();
                return;
            }
            String value = firstButtonValue(card.json("blocks"));
            forgeries(value);
            click(ActionIds.HINT, value);
            String answerBody = SlackRequests.viewSubmission(FakeSlack.TEAM_ID, user, ActionIds.ANSWER_MODAL, value,
                    Map.of(ActionIds.ANSWER_BLOCK, Collections.singletonMap(ActionIds.ANSWER_INPUT, ANSWER)));
            int status = send("answer", answerBody);
            if (status == 200) {
                submissionsAcked.computeIfAbsent(user, k -> new AtomicInteger()).incrementAndGet();
            }
            // The same submission delivered again: acknowledged, stored once.
            tally.redeliveries().incrementAndGet();
            sendWith("redelivery", answerBody, Map.of(), SECRET, lastTs - 1);
            click(ActionIds.MODEL_ANSWER, value);
            click(ActionIds.NEXT, value);
        }

        /** A wrong secret, a stale timestamp and a replayed signature: each must be refused. */
        private void forgeries(String value) {
            String body = SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                    ActionIds.HINT, "mi_actions", value, ActionIds.HINT, slack.responseUrl(user + "-forged"),
                    trigger());
            long now = Instant.now().getEpochSecond();
            forged(sendWith("forged", body, Map.of(), "not-the-signing-secret", now));
            forged(sendWith("forged", body, Map.of(), SECRET, now - 6 * 60));
            String replayed = SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                    ActionIds.HINT, "mi_actions", value, ActionIds.HINT, slack.responseUrl(user + "-replayed"),
                    trigger());
            int first = sendWith("forged-original", replayed, Map.of(), SECRET, now);
            if (first == 200) {
                forged(sendWith("forged", replayed, Map.of(), SECRET, now));
            }
        }

        private void forged(int status) {
            tally.forgedSent().incrementAndGet();
            if (status == 200) {
                tally.forgedAccepted().incrementAndGet();
            }
        }

        private void click(String actionId, String value) {
            send(actionId, SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                    actionId, "mi_actions", value, actionId, slack.responseUrl(user + "-" + (++seq)), trigger()));
        }

        private int send(String kind, String body) {
            return sendWith(kind, body, Map.of(), SECRET, Instant.now().getEpochSecond());
        }

        /** Sends a request signed with {@code secret} at {@code ts}; records it unless it is a forgery. */
        private int sendWith(String kind, String body, Map<String, String> extraHeaders, String secret, long ts) {
            lastTs = ts;
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
            SlackSigner.headers(secret, ts, body).forEach(b::header);
            extraHeaders.forEach(b::header);
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
            if (!kind.equals("forged")) {
                samples.add(new Sample(user, kind, status, (System.nanoTime() - start) / 1_000));
            }
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
