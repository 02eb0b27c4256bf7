package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.storage.SqliteRequestJournal;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.OwnThread;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a crash with a large backlog the bot serves at once; the backlog drains in the background, each once. */
@DisplayName("A large backlog left by a crash: the bot serves at once, and drains it in the background, each once")
class BacklogReplayTest {
    private static final int BACKLOG = 200;
    private static final int WORKERS = 8;

    @TempDir
    Path tmp;

    private static int pending(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SqliteRequestJournal.besides(db));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pending_requests")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    @Test
    @DisplayName("200 acknowledged commands left unfinished: health and a new command are served while they wait, "
            + "then every one gets its question exactly once")
    void servesWhileDraining() throws Exception {
        Path db = tmp.resolve("mi.db");
        try (FakeSlack slack = new FakeSlack()) {
            // given a killed run left 200 acknowledged /mockinterview commands unfinished
            try (SqliteRequestJournal journal = SqliteRequestJournal.open(SqliteRequestJournal.besides(db),
                    Clock.systemUTC(), OwnThread.named("test-journal"))) {
                for (int i = 0; i < BACKLOG; i++) {
                    String user = "U0BACK" + i;
                    journal.append("command:trigger." + user, SignedClient.FORM, SlackRequests.slashCommand(
                            FakeSlack.TEAM_ID, user, "C1", "/mockinterview", "", slack.responseUrl(user),
                            "trigger." + user).getBytes(StandardCharsets.UTF_8));
                }
            }
            // and Slack rate-limits the first posts with a long Retry-After, which holds every worker
            for (int i = 0; i < WORKERS; i++) {
                slack.enqueueRateLimited("chat.postMessage", 30);
            }
            CountDownLatch paused = new CountDownLatch(WORKERS);
            CountDownLatch release = new CountDownLatch(1);
            Config config = new Config(RunningBot.BOT_TOKEN, RunningBot.SECRET, null, 0, slack.apiUrl(), db,
                    dev.mockinterview.testutil.FixtureBanks.E2E);

            // when the bot starts again
            try (MockInterviewServer server = MockInterviewServer.start(config, new MockInterviewServer.Runtime(
                    Clock.systemUTC(), RandomGenerator.of("L64X128MixRandom"), d -> {
                        paused.countDown();
                        release.await();
                    }, Ticker.systemTicker(), Duration.ofHours(1)))) {
                String base = "http://127.0.0.1:" + server.port();
                assertTrue(paused.await(10, TimeUnit.SECONDS), "the backlog's work is under way and held");

                // then it serves at once: health is ok and a new command is acknowledged, backlog or not
                assertEquals(200, SignedClient.get(base + "/healthz").statusCode());
                var ack = SignedClient.post(base + "/slack/events", SignedClient.FORM, SlackRequests.slashCommand(
                        FakeSlack.TEAM_ID, "U0NEW", "C1", "/mockinterview", "", slack.responseUrl("new"),
                        "trigger.new"), RunningBot.SECRET);
                assertEquals(200, ack.statusCode());
                assertTrue(pending(db) > BACKLOG / 2, "the backlog is still waiting: " + pending(db));

                // and when Slack lets go, the backlog drains: every user gets one question, the new one too
                release.countDown();
                var cards = slack.awaitCount("chat.postMessage", c -> c.status() == 200
                        && RunningBot.blocksText(c).contains(ActionIds.HINT), BACKLOG + 1, Duration.ofSeconds(60));
                Map<String, Long> perChannel = cards.stream()
                        .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
                assertEquals(BACKLOG + 1, perChannel.size());
                assertTrue(perChannel.values().stream().allMatch(n -> n == 1), perChannel.toString());
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (pending(db) > 0 && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertEquals(0, pending(db));
                assertEquals(BACKLOG, server.replayed());
                assertEquals(java.util.List.of(), slack.duplicatePosts());
            }
        }
    }
}
