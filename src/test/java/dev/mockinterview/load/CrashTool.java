package dev.mockinterview.load;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash tool: runs the real bot as a separate process ({@code Main serve}) against a {@link FakeSlack} on
 * 127.0.0.1, drives signed load at it, and kills it with SIGKILL ({@code kill -9}) at a random moment, over and
 * over, restarting it on the same database each time. Afterwards it starts the bot once more and checks that every
 * acknowledged answer is in the database exactly once, that {@code PRAGMA integrity_check} is ok, that no
 * acknowledged request is left unfinished, and that every user's interview continues.
 *
 * <p>Long run: {@code java -cp ... dev.mockinterview.load.CrashTool CYCLES USERS SECONDS_PER_CYCLE}
 * (default 20 40 3). Every loop is bounded by the cycle count and time.
 */
public final class CrashTool {
    static final String SECRET = "crash-signing-secret";
    static final String TOKEN = "xoxb-crash-test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The figures and verdicts of one run. */
    public record Result(int cycles, int killed, int users, int sent, int acknowledged, int answersAcked,
                         int answersStored, int answersReturned, List<String> lost, List<String> duplicated,
                         String integrity, int leftInJournal, int usersContinued, long elapsedMs) {

        public boolean ok() {
            return killed == cycles && lost.isEmpty() && duplicated.isEmpty() && "ok".equals(integrity)
                    && leftInJournal == 0 && usersContinued == users;
        }

        public List<String> lines() {
            return List.of(
                    "cycles=" + cycles + " killed_with_sigkill=" + killed + " users=" + users
                            + " cores=" + Runtime.getRuntime().availableProcessors() + " elapsed_ms=" + elapsedMs,
                    "requests_sent=" + sent + " acknowledged=" + acknowledged,
                    "answers_acknowledged=" + answersAcked + " answers_stored=" + answersStored
                            + " returned_to_author=" + answersReturned + " lost=" + lost.size()
                            + " duplicated=" + duplicated.size(),
                    "integrity_check=" + integrity + " left_unfinished=" + leftInJournal,
                    "sessions_continued=" + usersContinued + "/" + users,
                    "verdict=" + (ok() ? "PASS" : "FAIL"));
        }
    }

    private CrashTool() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Result r = run(cycles, users, Duration.ofSeconds(seconds), 20261125L);
        r.lines().forEach(System.out::println);
        r.lost().stream().limit(10).forEach(l -> System.out.println("lost: " + l));
        r.duplicated().stream().limit(10).forEach(l -> System.out.println("duplicated: " + l));
        System.exit(r.ok() ? 0 : 1);
    }

    public static Result run(int cycles, int users, Duration loadPerCycle, long seed) throws Exception {
        if (cycles < 1 || users < 1 || loadPerCycle.isNegative() || loadPerCycle.isZero()) {
            throw new IllegalArgumentException("cycles, users and load time must be positive");
        }
        long t0 = System.nanoTime();
        Path tmp = Files.createTempDirectory("mi-crash");
        Path db = tmp.resolve("crash.db");
        Random random = new Random(seed);
        Set<String> ackedAnswers = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger acked = new AtomicInteger();
        int killed = 0;
        int continued = 0;
        Set<String> returned = new TreeSet<>();
        List<String> userIds = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            userIds.add(String.format(Locale.ROOT, "UCRASH%04d", i));
        }
        try (FakeSlack slack = new FakeSlack()) {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                Bot bot = Bot.start(slack, db, tmp.resolve("serve-" + cycle + ".log"));
                try {
                    long killAfterMs = (long) (loadPerCycle.toMillis() * (0.3 + 0.7 * random.nextDouble()));
                    AtomicBoolean stop = new AtomicBoolean();
                    int threads = Math.min(8, users);
                    CountDownLatch done = new CountDownLatch(threads);
                    for (int t = 0; t < threads; t++) {
                        List<String> mine = new ArrayList<>();
                        for (int u = t; u < users; u += threads) {
                            mine.add(userIds.get(u));
                        }
                        int c = cycle;
                        Thread load = new Thread(() -> {
                            try {
                                drive(bot.url(), slack, mine, c, stop, sent, acked, ackedAnswers);
                            } finally {
                                done.countDown();
                            }
                        }, "crash-load-" + t);
                        load.setDaemon(true);
                        load.start();
                    }
                    Thread.sleep(killAfterMs);
                    bot.kill(); // SIGKILL while requests are in flight
                    killed++;
                    stop.set(true);
                    done.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                } finally {
                    bot.kill();
                }
            }
            // One more start: whatever was acknowledged but unfinished is replayed, and sessions go on.
            Bot bot = Bot.start(slack, db, tmp.resolve("serve-final.log"));
            try {
                LoadTool.awaitDrained(db, Duration.ofSeconds(60));
                // An answer to a question the user had already moved past is not attached to it: the bot sends
                // it back to its author in the DM. That is delivered, not lost.
                for (FakeSlack.Call c : slack.calls("chat.postMessage")) {
                    String blocks = c.json("blocks").toString();
                    if (blocks.contains("was not attached to the question")) {
                        for (String text : ackedAnswers) {
                            if (blocks.contains(text)) {
                                returned.add(text);
                            }
                        }
                    }
                }
                HttpClient client = client();
                slack.reset();
                for (String user : userIds) {
                    post(client, bot.url(), SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C0CRASH",
                            "/mockinterview", "", slack.responseUrl(user + "-final"), "trigger." + user + ".final"));
                }
                for (String user : userIds) {
                    try {
                        slack.await("chat.postMessage", c -> ("D" + user).equals(c.param("channel"))
                                && c.json("blocks").toString().contains(ActionIds.HINT), Duration.ofSeconds(20));
                        continued++;
                    } catch (AssertionError e) {
                        // counted as not continued
                    }
                }
            } finally {
                bot.terminate();
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        String integrity;
        int stored;
        int left;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                integrity = rs.next() ? rs.getString(1) : "no answer";
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM answers WHERE text LIKE 'crash answer %'")) {
                stored = rs.next() ? rs.getInt(1) : 0;
            }
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM answers WHERE text = ?")) {
                for (String text : new TreeSet<>(ackedAnswers)) {
                    st.setString(1, text);
                    try (ResultSet rs = st.executeQuery()) {
                        int n = rs.next() ? rs.getInt(1) : 0;
                        if (n == 0 && !returned.contains(text)) {
                            lost.add(text);
                        } else if (n > 1) {
                            duplicated.add(text + " stored " + n + " times");
                        }
                    }
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + dev.mockinterview.storage.SqliteRequestJournal.besides(db));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pending_requests")) {
            left = rs.next() ? rs.getInt(1) : -1;
        }
        return new Result(cycles, killed, users, sent.get(), acked.get(), ackedAnswers.size(), stored,
                returned.size(), lost, duplicated, integrity, left, continued, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * One load thread: for each of its users, an answer to their current question and Next when their card is
     * known, else {@code /mockinterview}. Every answer text is unique, so the database can be checked text by text.
     */
    private static void drive(String url, FakeSlack slack, List<String> users, int cycle, AtomicBoolean stop,
                              AtomicInteger sent, AtomicInteger acked, Set<String> ackedAnswers) {
        HttpClient client = client();
        int n = 0;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Long> commandSentAt = new java.util.HashMap<>();
        Map<String, String> movedOnFrom = new java.util.HashMap<>();
        while (!stop.get() && System.nanoTime() < end) {
            boolean sentAny = false;
            for (String user : users) {
                if (stop.get()) {
                    return;
                }
                String value = latestCard(slack, user);
                String body;
                String answer = null;
                if (value != null && value.equals(movedOnFrom.get(user))) {
                    continue; // Next was clicked: wait for the new question before answering
                }
                if (value == null) {
                    Long at = commandSentAt.get(user);
                    if (at != null && System.nanoTime() - at < Duration.ofSeconds(3).toNanos()) {
                        continue; // its first question is on the way
                    }
                    commandSentAt.put(user, System.nanoTime());
                    body = SlackRequests.slashCommand(FakeSlack.TEAM_ID, user, "C0CRASH", "/mockinterview", "",
                            slack.responseUrl(user + "-c" + cycle + "-" + n), "trigger." + user + "." + cycle + "." + n);
                } else if (n % 2 == 0) {
                    answer = "crash answer " + user + " cycle " + cycle + " #" + n
                            + ": I would put a queue in front of the service and measure p99 before and after.";
                    body = SlackRequests.viewSubmission(FakeSlack.TEAM_ID, user, ActionIds.ANSWER_MODAL, value,
                            Map.of(ActionIds.ANSWER_BLOCK, Collections.singletonMap(ActionIds.ANSWER_INPUT, answer)));
                } else {
                    movedOnFrom.put(user, value);
                    body = SlackRequests.blockAction(FakeSlack.TEAM_ID, user, "D" + user, "1700000000.000100",
                            ActionIds.NEXT, "mi_actions", value, ActionIds.NEXT,
                            slack.responseUrl(user + "-n" + cycle + "-" + n), "trigger." + user + ".n" + cycle + n);
                }
                n++;
                sentAny = true;
                sent.incrementAndGet();
                if (post(client, url, body) == 200) {
                    acked.incrementAndGet();
                    if (answer != null) {
                        ackedAnswers.add(answer);
                    }
                }
            }
            if (!sentAny) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The button value of the newest question card in the user's DM, or null before the first one. */
    private static String latestCard(FakeSlack slack, String user) {
        String dm = "D" + user;
        List<FakeSlack.Call> posts = slack.calls("chat.postMessage");
        for (int i = posts.size() - 1; i >= 0; i--) {
            FakeSlack.Call c = posts.get(i);
            if (dm.equals(c.param("channel")) && c.json("blocks").toString().contains(ActionIds.NEXT)) {
                JsonNode blocks = c.json("blocks");
                for (JsonNode block : blocks) {
                    for (JsonNode e : block.path("elements")) {
                        if (ActionIds.NEXT.equals(e.path("action_id").asText())) {
                            return e.path("value").asText();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
    }

    /** A signed POST; -1 when there is no answer (the bot was killed mid-request). */
    private static int post(HttpClient client, String url, String body) {
        long ts = Instant.now().getEpochSecond();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        SlackSigner.headers(SECRET, ts, body).forEach(b::header);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The bot as a child process. */
    private record Bot(Process process, int port) {
        static Bot start(FakeSlack slack, Path db, Path log) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true",
                    "-cp", System.getProperty("java.class.path"), "dev.mockinterview.Main", "serve");
            Map<String, String> env = pb.environment();
            env.put("SLACK_BOT_TOKEN", TOKEN);
            env.put("SLACK_SIGNING_SECRET", SECRET);
            env.remove("SLACK_APP_TOKEN");
            env.put("PORT", "0");
            env.put("SLACK_API_URL", slack.apiUrl());
            env.put("MOCKINTERVIEW_DB", db.toString());
            env.put("QUESTIONS_DIR", Path.of("questions").toAbsolutePath().toString());
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Pattern running = Pattern.compile("running on port (\\d+)");
            long end = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < end && p.isAlive()) {
                Matcher m = running.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return new Bot(p, Integer.parseInt(m.group(1)));
                }
                Thread.sleep(50);
            }
            p.destroyForcibly();
            throw new IllegalStateException("bot did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }

        String url() {
            return "http://127.0.0.1:" + port + "/slack/events";
        }

        /** SIGKILL: no shutdown hook, no clean close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** SIGTERM: the clean stop. */
        void terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
