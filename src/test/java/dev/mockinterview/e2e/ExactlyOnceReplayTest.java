package dev.mockinterview.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.mockinterview.app.MockInterviewServer;
import dev.mockinterview.config.Config;
import dev.mockinterview.slack.ActionIds;
import dev.mockinterview.storage.SqliteRequestJournal;
import dev.mockinterview.testutil.FakeSlack;
import dev.mockinterview.testutil.SignedClient;
import dev.mockinterview.testutil.SlackRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run dies after a click's effect has committed but before its message is marked sent, and the next run replays
 * the click from the journal. The state a {@code kill -9} leaves is taken exactly: the database and journal files
 * are copied while the first run is held in the middle of posting (a rate-limit pause), then a second run starts on
 * the copy. The effect must not happen again, and its message must reach Slack exactly once.
 */
@DisplayName("Exactly once across a crash: a replayed click neither repeats its effect nor posts twice")
class ExactlyOnceReplayTest {
    private static final String ALICE = "U0ALICE";
    private static final Path BANK = dev.mockinterview.testutil.FixtureBanks.E2E;

    @TempDir
    Path tmp;

    /** A sleeper that holds every retry pause until released: the first run stops right there. */
    private static final class Held implements dev.mockinterview.slack.Sleeper {
        final CountDownLatch paused = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void sleep(Duration d) throws InterruptedException {
            paused.countDown();
            release.await();
        }
    }

    private static MockInterviewServer start(FakeSlack slack, Path db, dev.mockinterview.slack.Sleeper sleeper)
            throws Exception {
        Config config = new Config(RunningBot.BOT_TOKEN, RunningBot.SECRET, null, 0, slack.apiUrl(), db, BANK);
        return MockInterviewServer.start(config, new MockInterviewServer.Runtime(Clock.systemUTC(),
                RandomGenerator.of("L64X128MixRandom"), sleeper, Ticker.systemTicker(), Duration.ofHours(1)));
    }

    private static String url(MockInterviewServer server) {
        return "http://127.0.0.1:" + server.port() + "/slack/events";
    }

    private static int post(MockInterviewServer server, String body) {
        return SignedClient.post(url(server), SignedClient.FORM, body, RunningBot.SECRET).statusCode();
    }

    private static String hintClick(FakeSlack slack, String value, String name) {
        return SlackRequests.blockAction(FakeSlack.TEAM_ID, ALICE, "D" + ALICE, "1700000000.000100",
                ActionIds.HINT, "mi_actions", value, "Hint", slack.responseUrl(name), "trigger." + name);
    }

    /** Copies what a killed process leaves on disk: the database and journal with their write-ahead logs. */
    private static Path crashCopy(Path db, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path copy = dir.resolve(db.getFileName());
        Path journal = SqliteRequestJournal.besides(db);
        for (Path file : new Path[] {db, Path.of(db + "-wal"), journal, Path.of(journal + "-wal")}) {
            if (Files.exists(file)) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static int hintsRevealed(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT hints_revealed FROM session_questions ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    /** Waits until the journal has nothing left to replay or finish. */
    private static void awaitJournalEmpty(Path db) throws Exception {
        long end = System.nanoTime() + RunningBot.WAIT.toNanos();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SqliteRequestJournal.besides(db));
             Statement s = c.createStatement()) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pending_requests")) {
                    if (rs.next() && rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the journal still has requests after " + RunningBot.WAIT);
    }

    private static long posts(FakeSlack slack, String needle) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.status() == 200 && RunningBot.blocksText(c).contains(needle)).count();
    }

    /**
     * Runs the first run up to the crash: a question, hint 1 delivered, then hint 2's click acknowledged, its
     * effect committed and its post held by a rate limit. Returns the copied files and the held sleeper.
     */
    private Path crashAfterEffect(FakeSlack slack, Held held, MockInterviewServer[] first, String[] value)
            throws Exception {
        Path db = tmp.resolve("run1/mi.db");
        first[0] = start(slack, db, held);
        SignedClient.post(url(first[0]), SignedClient.FORM, SlackRequests.slashCommand(FakeSlack.TEAM_ID, ALICE,
                "C1", "/mockinterview", "", slack.responseUrl("cmd"), "trigger.cmd"), RunningBot.SECRET);
        value[0] = RunningBot.buttonValue(slack.await("chat.postMessage",
                c -> RunningBot.blocksText(c).contains(ActionIds.HINT), RunningBot.WAIT));
        assertEquals(200, post(first[0], hintClick(slack, value[0], "hint-1")));
        slack.await("chat.postMessage", c -> RunningBot.blocksText(c).contains("Hint 1 of"), RunningBot.WAIT);

        slack.enqueueRateLimited("chat.postMessage", 1);
        assertEquals(200, post(first[0], hintClick(slack, value[0], "hint-2")));
        assertTrue(held.paused.await(10, TimeUnit.SECONDS), "the post of hint 2 is held");
        assertEquals(2, hintsRevealed(db), "hint 2's effect has committed");
        return crashCopy(db, tmp.resolve("run2"));
    }

    @Test
    @DisplayName("killed before Slack had the message: the replay posts it once, and reveals no extra hint")
    void replayPostsWhatWasNotSent() throws Exception {
        try (FakeSlack slack = new FakeSlack(); FakeSlack afterCrash = new FakeSlack()) {
            Held held = new Held();
            MockInterviewServer[] first = new MockInterviewServer[1];
            String[] value = new String[1];
            Path copy = crashAfterEffect(slack, held, first, value);
            try {
                // when a new run starts on what the killed one left
                try (MockInterviewServer second = start(afterCrash, copy, d -> { })) {
                    // then hint 2 is posted once, tagged by the click, and the hint count stays at 2
                    var hint2 = afterCrash.await("chat.postMessage",
                            c -> RunningBot.blocksText(c).contains("Hint 2 of"), RunningBot.WAIT);
                    assertTrue(hint2.param("metadata").contains("action:" + ALICE + ":"), hint2.param("metadata"));
                    awaitJournalEmpty(copy);
                    assertEquals(1, posts(afterCrash, "Hint 2 of"));
                    assertEquals(0, posts(afterCrash, "Hint 3 of"));
                    assertEquals(2, hintsRevealed(copy));

                    // and the bot goes on: the next click reveals hint 3
                    assertEquals(200, post(second, hintClick(afterCrash, value[0], "hint-3")));
                    afterCrash.await("chat.postMessage", c -> RunningBot.blocksText(c).contains("Hint 3 of"),
                            RunningBot.WAIT);
                    assertEquals(3, hintsRevealed(copy));
                }
            } finally {
                held.release.countDown();
                first[0].close();
            }
        }
    }

    @Test
    @DisplayName("killed after Slack had the message but before it was marked sent: the replay finds it and "
            + "posts nothing")
    void replayFindsWhatWasSent() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            Held held = new Held();
            MockInterviewServer[] first = new MockInterviewServer[1];
            String[] value = new String[1];
            Path copy = crashAfterEffect(slack, held, first, value);
            try {
                // given the held post went through after the files were taken: Slack has hint 2
                held.release.countDown();
                slack.await("chat.postMessage", c -> c.status() == 200
                        && RunningBot.blocksText(c).contains("Hint 2 of"), RunningBot.WAIT);
                first[0].close();

                // when a new run starts on the files taken before the message was marked sent
                try (MockInterviewServer second = start(slack, copy, d -> { })) {
                    awaitJournalEmpty(copy);
                    // then it looked for the message by its tag, found it, and did not post it again
                    slack.await("conversations.history", c -> ("D" + ALICE).equals(c.param("channel")),
                            RunningBot.WAIT);
                    assertEquals(1, posts(slack, "Hint 2 of"));
                    assertEquals(2, hintsRevealed(copy));
                    assertEquals(java.util.List.of(), slack.duplicatePosts());

                    // and the bot goes on: the next click reveals hint 3
                    assertEquals(200, post(second, hintClick(slack, value[0], "hint-3")));
                    slack.await("chat.postMessage", c -> RunningBot.blocksText(c).contains("Hint 3 of"),
                            RunningBot.WAIT);
                }
            } finally {
                held.release.countDown();
            }
        }
    }
}
